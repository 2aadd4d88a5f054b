// Tests the gettext PO filter on real Debian catalogs: reading, byte-exact round trips, edits that
// msgfmt accepts, msgcat's wrapping, and clear errors for broken files.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "TestData.h"
#include "formats/FilterRegistry.h"
#include "formats/PoFilter.h"
#include "formats/PoHeader.h"

using tessera::domain::Segment;
using tessera::domain::SegmentState;
using tessera::formats::FilterRegistry;
using tessera::formats::ParsedDocument;
using tessera::formats::PoFilter;

using tessera::testsupport::errorText;

namespace {

QString dataDir()
{
    return tessera::testsupport::testDataDir(QStringLiteral("po"));
}

QByteArray readData(const QString& name)
{
    return tessera::testsupport::readTestData(QStringLiteral("po"), name);
}

int countState(const ParsedDocument& document, SegmentState state)
{
    return int(std::count_if(document.segments.begin(), document.segments.end(),
                             [state](const Segment& s) { return s.state == state; }));
}

qsizetype firstSingular(const QList<Segment>& segments)
{
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (!segments[i].isPlural() && segments[i].state == SegmentState::Translated)
            return i;
    }
    return -1;
}

// The lines of a block that a target edit may not touch: all but "#," and the msgstr lines.
QList<QByteArray> untouchable(const QList<QByteArray>& block)
{
    QList<QByteArray> kept;
    bool inMsgstr = false;
    for (const QByteArray& line : block) {
        if (line.startsWith("msgstr"))
            inMsgstr = true;
        else if (!line.startsWith('"'))
            inMsgstr = false;
        if (!inMsgstr && !line.startsWith("#,"))
            kept.append(line);
    }
    return kept;
}

// Entries of a PO file as blocks of lines between blank lines.
QList<QList<QByteArray>> entryBlocks(const QByteArray& data)
{
    QList<QList<QByteArray>> result;
    QList<QByteArray> current;
    for (const QByteArray& line : data.split('\n')) {
        if (line.trimmed().isEmpty()) {
            if (!current.isEmpty())
                result.append(current);
            current.clear();
        } else {
            current.append(line);
        }
    }
    if (!current.isEmpty())
        result.append(current);
    return result;
}

QString withPrefix(const QString& prefix, const QString& source)
{
    // Keep leading newlines first: msgfmt checks that msgid and msgstr start alike.
    qsizetype i = 0;
    while (i < source.size() && source[i] == QLatin1Char('\n'))
        ++i;
    return source.left(i) + prefix + source.mid(i);
}

const QString longPrefix =
    QStringLiteral("Tessera edited this entry to check that long lines are wrapped like msgcat: ");

} // namespace

class TestPoFilter : public QObject {
    Q_OBJECT

private:
    void realFiles_data();

private Q_SLOTS:
    void gettextLanguageNames_data();
    void gettextLanguageNames();
    void readsRealFiles();
    void readsRealFiles_data() { realFiles_data(); }
    void roundTripIsByteIdentical();
    void roundTripIsByteIdentical_data() { realFiles_data(); }
    void editsWriteValidFiles();
    void rewrapsEveryEntryLikeMsgunfmt();
    void rewrapsEveryEntryLikeMsgunfmt_data() { realFiles_data(); }
    void editsWriteValidFiles_data() { realFiles_data(); }
    void contextsNotesAndLocations();
    void readsTemplate();
    void charsetFromHeader();
    void bomAndCrlf();
    void fuzzyFlagKeepsOtherFlags();
    void wrapsLikeMsgcat_data();
    void wrapsLikeMsgcat();
    void malformed_data();
    void malformed();
    void truncatedRealFile();
    void registryDetects();
};

void TestPoFilter::realFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("translated");
    QTest::addColumn<int>("fuzzy");
    QTest::addColumn<int>("untranslated");
    QTest::addColumn<int>("nplurals");
    QTest::addColumn<QString>("language");

    // Counts from `msgfmt --statistics` (gettext 0.21, Debian 12) on each file.
    QTest::newRow("adduser-de") << QStringLiteral("adduser-de.po") << 129 << 1 << 0 << 2 << QStringLiteral("de");
    QTest::newRow("apt-ru") << QStringLiteral("apt-ru.po") << 376 << 0 << 0 << 3 << QStringLiteral("ru");
    QTest::newRow("dpkg-ja") << QStringLiteral("dpkg-ja.po") << 939 << 0 << 0 << 1 << QStringLiteral("ja");
    QTest::newRow("gdk-pixbuf-de") << QStringLiteral("gdk-pixbuf-de.po") << 198 << 0 << 0 << 2 << QStringLiteral("de");
    QTest::newRow("software-properties-de")
        << QStringLiteral("software-properties-de.po") << 5 << 1 << 33 << 2 << QStringLiteral("");
    QTest::newRow("tar-ja (EUC-JP)") << QStringLiteral("tar-ja.po") << 589 << 0 << 0 << 2 << QStringLiteral("ja");
    QTest::newRow("tar-pl") << QStringLiteral("tar-pl.po") << 589 << 0 << 0 << 3 << QStringLiteral("pl");
    QTest::newRow("findutils-fr") << QStringLiteral("findutils-fr.po") << 193 << 0 << 0 << 2 << QStringLiteral("fr");
    QTest::newRow("findutils-zh_CN") << QStringLiteral("findutils-zh_CN.po") << 193 << 0 << 0 << 1
                                     << QStringLiteral("zh-CN");
    QTest::newRow("grep-cs (no Plural-Forms)")
        << QStringLiteral("grep-cs.po") << 115 << 0 << 0 << 0 << QStringLiteral("cs");
    QTest::newRow("glib20-de") << QStringLiteral("glib20-de.po") << 1211 << 0 << 0 << 2 << QStringLiteral("de");
}

void TestPoFilter::readsRealFiles()
{
    QFETCH(QString, file);
    QFETCH(int, translated);
    QFETCH(int, fuzzy);
    QFETCH(int, untranslated);
    QFETCH(int, nplurals);
    QFETCH(QString, language);

    const QByteArray data = readData(file);
    QVERIFY2(!data.isEmpty(), qPrintable(dataDir() + file));
    auto document = PoFilter().read(data, file);
    QVERIFY2(document.has_value(), qPrintable(errorText(document)));
    QCOMPARE(document->format, QStringLiteral("po"));
    QCOMPARE(document->pluralForms, nplurals);
    QCOMPARE(document->targetLanguage, language);
    QCOMPARE(document->segments.size(), translated + fuzzy + untranslated);
    QCOMPARE(countState(*document, SegmentState::Translated), translated);
    QCOMPARE(countState(*document, SegmentState::Draft), fuzzy);
    QCOMPARE(countState(*document, SegmentState::New), untranslated);
    for (qsizetype i = 0; i < document->segments.size(); ++i) {
        const Segment& s = document->segments[i];
        QCOMPARE(s.order, int(i) + 1);
        if (s.isPlural() && nplurals > 0)
            QCOMPARE(s.targets.size(), nplurals);
        else
            QCOMPARE(s.targets.size(), 1);
    }
}

void TestPoFilter::roundTripIsByteIdentical()
{
    QFETCH(QString, file);
    const QByteArray data = readData(file);
    PoFilter filter;
    auto document = filter.read(data, file);
    QVERIFY2(document.has_value(), qPrintable(errorText(document)));
    auto written = filter.write(data, document->segments, file);
    QVERIFY2(written.has_value(), qPrintable(errorText(written)));
    QVERIFY(*written == data);
}

void TestPoFilter::editsWriteValidFiles()
{
    QFETCH(QString, file);
    QFETCH(int, nplurals);
    const QByteArray data = readData(file);
    PoFilter filter;
    auto document = filter.read(data, file);
    QVERIFY2(document.has_value(), qPrintable(errorText(document)));

    QList<Segment> segments = document->segments;
    QHash<QString, Segment> edited;
    const auto edit = [&](qsizetype index, SegmentState state, bool longText) {
        Segment& s = segments[index];
        const QString prefix = longText ? longPrefix : QStringLiteral("[T] ");
        s.targets.clear();
        if (s.isPlural()) {
            for (int i = 0; i < nplurals; ++i)
                s.targets.append(withPrefix(prefix, s.sourcePlural));
        } else {
            s.targets.append(withPrefix(prefix, s.source));
        }
        s.state = state;
        edited.insert(s.key, s);
    };
    bool singular = false, plural = false, madeFuzzy = false, unfuzzied = false, filled = false;
    for (qsizetype i = 1; i < segments.size(); ++i) {
        const Segment& s = segments[i];
        if (!singular && !s.isPlural() && s.state == SegmentState::Translated) {
            edit(i, SegmentState::Translated, true);
            singular = true;
        } else if (!plural && s.isPlural() && s.state == SegmentState::Translated) {
            edit(i, SegmentState::Translated, false);
            plural = true;
        } else if (!madeFuzzy && !s.isPlural() && s.state == SegmentState::Translated) {
            segments[i].state = SegmentState::Draft; // translated → fuzzy, same text
            edited.insert(s.key, segments[i]);
            madeFuzzy = true;
        } else if (!unfuzzied && s.state == SegmentState::Draft) {
            edit(i, SegmentState::Translated, false); // fuzzy → translated
            unfuzzied = true;
        } else if (!filled && s.state == SegmentState::New) {
            edit(i, SegmentState::Translated, true);
            filled = true;
        }
    }
    QVERIFY(singular && madeFuzzy);

    auto written = filter.write(data, segments, file);
    QVERIFY2(written.has_value(), qPrintable(errorText(written)));

    // Re-reads with the new targets and states; everything else as before.
    auto reread = filter.read(*written, file);
    QVERIFY2(reread.has_value(), qPrintable(errorText(reread)));
    QCOMPARE(reread->segments.size(), segments.size());
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment& want = segments[i];
        const Segment& got = reread->segments[i];
        QCOMPARE(got.key, want.key);
        QCOMPARE(got.targets, want.targets);
        QCOMPARE(got.state, want.state);
        QCOMPARE(got.context, want.context);
    }

    // Outside the msgstr and "#," lines of edited entries, every line is as it was.
    const auto before = entryBlocks(data);
    const auto after = entryBlocks(*written);
    QCOMPARE(after.size(), before.size());
    int changed = 0;
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (before[i] == after[i])
            continue;
        ++changed;
        QCOMPARE(untouchable(after[i]), untouchable(before[i]));
    }
    QCOMPARE(changed, edited.size());

    // msgfmt accepts the result.
    const QString msgfmt = QStandardPaths::findExecutable(QStringLiteral("msgfmt"));
    if (msgfmt.isEmpty())
        QSKIP("msgfmt (gettext) is not in PATH: the written file was not checked by msgfmt");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile out(dir.filePath(file));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(*written);
    out.close();
    QProcess process;
    process.start(
        msgfmt, {QStringLiteral("--check-format"), QStringLiteral("-o"), QStringLiteral("/dev/null"), out.fileName()});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
}

void TestPoFilter::rewrapsEveryEntryLikeMsgunfmt()
{
    // msgunfmt and msgmerge wrap as msgcat does: emptying every msgstr and writing the targets back
    // must give the original file, so every real string checks the wrapping.
    QFETCH(QString, file);
    const QByteArray data = readData(file);
    PoFilter filter;
    auto document = filter.read(data, file);
    QVERIFY2(document.has_value(), qPrintable(errorText(document)));
    QList<Segment> empty = document->segments;
    for (Segment& s : empty) {
        for (QString& t : s.targets)
            t.clear();
    }
    auto emptied = filter.write(data, empty, file);
    QVERIFY2(emptied.has_value(), qPrintable(errorText(emptied)));
    QVERIFY(emptied->size() < data.size());
    auto restored = filter.write(*emptied, document->segments, file);
    QVERIFY2(restored.has_value(), qPrintable(errorText(restored)));
    if (*restored != data) {
        const QList<QByteArray> want = data.split('\n');
        const QList<QByteArray> got = restored->split('\n');
        for (qsizetype i = 0; i < std::min(want.size(), got.size()); ++i)
            QCOMPARE(QString::fromLocal8Bit(got[i]), QString::fromLocal8Bit(want[i]));
        QCOMPARE(got.size(), want.size());
    }
}

void TestPoFilter::contextsNotesAndLocations()
{
    auto adduser = PoFilter().read(readData(QStringLiteral("adduser-de.po")), QStringLiteral("adduser-de.po"));
    QVERIFY(adduser.has_value());
    const Segment& first = adduser->segments.first();
    QVERIFY(!first.context.locations.isEmpty());
    for (const QString& location : first.context.locations)
        QVERIFY2(location.contains(QLatin1Char(':')), qPrintable(location));

    auto gdk = PoFilter().read(readData(QStringLiteral("gdk-pixbuf-de.po")), QStringLiteral("gdk-pixbuf-de.po"));
    QVERIFY(gdk.has_value());
    int withContext = 0;
    for (const Segment& s : std::as_const(gdk->segments)) {
        const qsizetype separator = s.key.indexOf(QChar(0x0004));
        if (separator >= 0) {
            ++withContext;
            QCOMPARE(s.key.mid(separator + 1), s.source);
        } else {
            QCOMPARE(s.key, s.source);
        }
    }
    QCOMPARE(withContext, 15);

    const QByteArray po = "# translator comment\n"
                          "#. first extracted\n"
                          "#. second extracted\n"
                          "#: src/a.c:12 src/b.c:7\n"
                          "#: src/c.c:1\n"
                          "#, c-format\n"
                          "msgctxt \"menu\"\n"
                          "msgid \"Open %s\"\n"
                          "msgstr \"\\u00d6ffnen %s\\t\\\"\\\\\\n\\101\\x42\"\n"
                          "\n"
                          "#~ msgid \"old\"\n"
                          "#~ msgstr \"alt\"\n";
    auto doc = PoFilter().read(po, QStringLiteral("inline.po"));
    QVERIFY(!doc.has_value()); // \u is not a C escape
    QCOMPARE(doc.error().line, 9);
    QCOMPARE(doc.error().column, 9);

    QByteArray fixed = po;
    fixed.replace("\\u00d6", "\\303\\226");
    doc = PoFilter().read(fixed, QStringLiteral("inline.po"));
    QVERIFY2(doc.has_value(), qPrintable(errorText(doc)));
    QCOMPARE(doc->segments.size(), 1);
    const Segment& s = doc->segments.first();
    QCOMPARE(s.key, QStringLiteral("menu") + QChar(0x0004) + QStringLiteral("Open %s"));
    QCOMPARE(s.targets, QStringList{QString::fromUtf8("Öffnen %s\t\"\\\nAB")});
    QCOMPARE(s.context.note, QStringLiteral("first extracted\nsecond extracted"));
    QCOMPARE(s.context.locations,
             (QStringList{QStringLiteral("src/a.c:12"), QStringLiteral("src/b.c:7"), QStringLiteral("src/c.c:1")}));
    QCOMPARE(s.state, SegmentState::Translated);
}

void TestPoFilter::readsTemplate()
{
    // A POT straight from xgettext: charset=CHARSET, a fuzzy header, every msgstr empty.
    const QString file = QStringLiteral("adduser.pot");
    const QByteArray data = readData(file);
    PoFilter filter;
    auto document = filter.read(data, file);
    QVERIFY2(document.has_value(), qPrintable(errorText(document)));
    QCOMPARE(document->segments.size(), 130);
    QCOMPARE(countState(*document, SegmentState::New), 130);
    QCOMPARE(document->pluralForms, 0);
    QVERIFY(document->targetLanguage.isEmpty());
    auto written = filter.write(data, document->segments, file);
    QVERIFY(written.has_value());
    QVERIFY(*written == data);

    const QByteArray unknown = "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=NO-SUCH-CHARSET\\n\"\n";
    auto bad = filter.read(unknown, QStringLiteral("x.po"));
    QVERIFY(!bad.has_value());
    QCOMPARE(bad.error().line, 2);
    QVERIFY(bad.error().message.contains(QStringLiteral("NO-SUCH-CHARSET")));
}

void TestPoFilter::charsetFromHeader()
{
    const QString file = QStringLiteral("tar-ja.po");
    const QByteArray data = readData(file);
    QVERIFY(data.contains("charset=EUC-JP"));
    PoFilter filter;
    auto document = filter.read(data, file);
    QVERIFY2(document.has_value(), qPrintable(errorText(document)));
    bool japanese = false;
    for (const Segment& s : std::as_const(document->segments)) {
        for (const QString& t : s.targets) {
            for (const QChar c : t)
                japanese = japanese || (c.unicode() >= 0x3040 && c.unicode() <= 0x30FF);
        }
    }
    QVERIFY(japanese);

    QList<Segment> segments = document->segments;
    const qsizetype single = firstSingular(segments);
    segments[single].targets = {QString::fromUtf8("日本語の訳")};
    auto written = filter.write(data, segments, file);
    QVERIFY(written.has_value());
    QVERIFY(written->contains(QByteArray(QStringEncoder("EUC-JP").encode(QString::fromUtf8("日本語の訳")))));
    auto reread = filter.read(*written, file);
    QVERIFY(reread.has_value());
    QCOMPARE(reread->segments[single].targets, segments[single].targets);

    // A character EUC-JP cannot hold is an error, not a silent '?'.
    segments[single].targets = {QString::fromUtf8("한국어")};
    QVERIFY(!filter.write(data, segments, file).has_value());

    const QByteArray latin1 = "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=ISO-8859-1\\n\"\n\n"
                              "msgid \"Green\"\nmsgstr \"Gr\xfcn\"\n";
    auto doc = filter.read(latin1, QStringLiteral("latin1.po"));
    QVERIFY(doc.has_value());
    QCOMPARE(doc->segments.first().targets.first(), QString::fromUtf8("Grün"));

    const QByteArray badUtf8 = "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
                               "msgid \"Green\"\nmsgstr \"Gr\xfcn\"\n";
    doc = filter.read(badUtf8, QStringLiteral("bad.po"));
    QVERIFY(!doc.has_value());
    QCOMPARE(doc.error().line, 5);
}

void TestPoFilter::bomAndCrlf()
{
    QByteArray data = readData(QStringLiteral("gdk-pixbuf-de.po"));
    data.replace("\n", "\r\n");
    data.prepend("\xEF\xBB\xBF");
    PoFilter filter;
    auto document = filter.read(data, QStringLiteral("crlf.po"));
    QVERIFY2(document.has_value(), qPrintable(errorText(document)));
    QCOMPARE(document->segments.size(), 198);
    auto written = filter.write(data, document->segments, QStringLiteral("crlf.po"));
    QVERIFY(written.has_value());
    QVERIFY(*written == data);

    QList<Segment> segments = document->segments;
    const qsizetype single = firstSingular(segments);
    segments[single].targets = {longPrefix + longPrefix};
    segments[single + 1].state = SegmentState::Draft;
    written = filter.write(data, segments, QStringLiteral("crlf.po"));
    QVERIFY(written.has_value());
    QCOMPARE(written->count("\n"), written->count("\r\n"));
    QVERIFY(written->startsWith("\xEF\xBB\xBF"));
    auto reread = filter.read(*written, QStringLiteral("crlf.po"));
    QVERIFY(reread.has_value());
    QCOMPARE(reread->segments[single].targets, segments[single].targets);
    QCOMPARE(reread->segments[single + 1].state, SegmentState::Draft);

    // No newline at the end of the file stays so.
    const QByteArray noEol = "msgid \"a\"\nmsgstr \"b\"";
    auto small = filter.read(noEol, QStringLiteral("x.po"));
    QVERIFY(small.has_value());
    QList<Segment> one = small->segments;
    one[0].targets = {QStringLiteral("c")};
    QCOMPARE(*filter.write(noEol, one, QStringLiteral("x.po")), QByteArray("msgid \"a\"\nmsgstr \"c\""));
}

void TestPoFilter::fuzzyFlagKeepsOtherFlags()
{
    const QByteArray po = "#: a.c:1\n"
                          "#, c-format, no-wrap\n"
                          "msgid \"%d file\"\n"
                          "msgstr \"%d Datei\"\n"
                          "\n"
                          "#: a.c:2\n"
                          "#, fuzzy, c-format\n"
                          "#| msgid \"old\"\n"
                          "msgid \"%d dir\"\n"
                          "msgstr \"%d Ordner\"\n"
                          "\n"
                          "#, fuzzy\n"
                          "msgid \"x\"\n"
                          "msgstr \"y\"\n"
                          "\n"
                          "#: a.c:3\n"
                          "#| msgid \"older\"\n"
                          "msgid \"z\"\n"
                          "msgstr \"\"\n";
    PoFilter filter;
    auto document = filter.read(po, QStringLiteral("flags.po"));
    QVERIFY(document.has_value());
    QList<Segment> s = document->segments;
    QCOMPARE(s[1].state, SegmentState::Draft);
    QCOMPARE(s[3].state, SegmentState::New);
    s[0].state = SegmentState::Draft;
    s[1].state = SegmentState::Translated;
    s[2].state = SegmentState::Approved;
    s[3].targets = {QStringLiteral("Z")};
    s[3].state = SegmentState::Draft;
    auto written = filter.write(po, s, QStringLiteral("flags.po"));
    QVERIFY(written.has_value());
    const QByteArray expected = "#: a.c:1\n"
                                "#, fuzzy, c-format, no-wrap\n"
                                "msgid \"%d file\"\n"
                                "msgstr \"%d Datei\"\n"
                                "\n"
                                "#: a.c:2\n"
                                "#, c-format\n"
                                "#| msgid \"old\"\n"
                                "msgid \"%d dir\"\n"
                                "msgstr \"%d Ordner\"\n"
                                "\n"
                                "msgid \"x\"\n"
                                "msgstr \"y\"\n"
                                "\n"
                                "#: a.c:3\n"
                                "#, fuzzy\n"
                                "#| msgid \"older\"\n"
                                "msgid \"z\"\n"
                                "msgstr \"Z\"\n";
    QCOMPARE(*written, expected);

    // New with no targets clears the msgstr.
    s = document->segments;
    s[0].targets.clear();
    s[0].state = SegmentState::New;
    written = filter.write(po, s, QStringLiteral("flags.po"));
    QVERIFY(written->contains("msgid \"%d file\"\nmsgstr \"\"\n"));
}

void TestPoFilter::wrapsLikeMsgcat_data()
{
    QTest::addColumn<bool>("plural");
    QTest::addColumn<bool>("noWrap");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("expected");

    // Expected lines: the same strings run through `msgcat` (gettext 0.21) on Debian 12.
#include "TestPoFilterWrapRows.inc"
}

void TestPoFilter::wrapsLikeMsgcat()
{
    QFETCH(bool, plural);
    QFETCH(bool, noWrap);
    QFETCH(QString, value);
    QFETCH(QStringList, expected);

    QByteArray po = "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
                    "\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n\n";
    if (noWrap)
        po += "#, no-wrap\n";
    if (plural)
        po += "msgid \"one\"\nmsgid_plural \"many\"\nmsgstr[0] \"x\"\nmsgstr[1] \"y\"\n";
    else
        po += "msgid \"one\"\nmsgstr \"y\"\n";
    PoFilter filter;
    auto document = filter.read(po, QStringLiteral("wrap.po"));
    QVERIFY(document.has_value());
    QList<Segment> segments = document->segments;
    segments[0].targets.last() = value;
    auto written = filter.write(po, segments, QStringLiteral("wrap.po"));
    QVERIFY(written.has_value());
    const QString text = QString::fromUtf8(*written);
    const qsizetype at = text.indexOf(plural ? QStringLiteral("msgstr[1]") : QStringLiteral("msgstr"),
                                      text.indexOf(QStringLiteral("msgid \"one\"")));
    QVERIFY(at > 0);
    QStringList lines = text.mid(at).split(QLatin1Char('\n'));
    if (lines.last().isEmpty())
        lines.removeLast();
    QCOMPARE(lines, expected);
}

void TestPoFilter::malformed_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    const QByteArray header = "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
                              "\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n\n"; // 5 lines
    QTest::newRow("unterminated quote") << header + "msgid \"abc\nmsgstr \"\"\n"
                                        << 6 << 7 << QStringLiteral("unterminated");
    QTest::newRow("unterminated continuation") << header + "msgid \"abc\"\nmsgstr \"\"\n\"x\n"
                                               << 8 << 1 << QStringLiteral("unterminated");
    QTest::newRow("bad escape") << header + "msgid \"a\\qb\"\nmsgstr \"\"\n" << 6 << 9 << QStringLiteral("escape");
    QTest::newRow("bad hex escape") << header + "msgid \"a\"\nmsgstr \"\\xg\"\n" << 7 << 9 << QStringLiteral("\\x");
    QTest::newRow("backslash at end") << header + "msgid \"a\\\"\nmsgstr \"\"\n"
                                      << 6 << 7 << QStringLiteral("unterminated");
    QTest::newRow("duplicate msgid") << header + "msgid \"a\"\nmsgstr \"\"\n\n#: x.c:1\nmsgid \"a\"\nmsgstr \"b\"\n"
                                     << 10 << 1 << QStringLiteral("duplicate");
    QTest::newRow("duplicate with context")
        << header + "msgctxt \"c\"\nmsgid \"a\"\nmsgstr \"\"\n\nmsgid \"a\"\nmsgstr \"\"\n\nmsgctxt \"c\"\nmsgid "
                    "\"a\"\nmsgstr \"\"\n"
        << 13 << 1 << QStringLiteral("duplicate");
    QTest::newRow("msgstr[3] with nplurals=2")
        << header + "msgid \"a\"\nmsgid_plural \"as\"\nmsgstr[0] \"x\"\nmsgstr[1] \"y\"\nmsgstr[3] \"z\"\n"
        << 10 << 7 << QStringLiteral("out of order");
    QTest::newRow("three forms with nplurals=2")
        << header + "msgid \"a\"\nmsgid_plural \"as\"\nmsgstr[0] \"x\"\nmsgstr[1] \"y\"\nmsgstr[2] \"z\"\n"
        << 10 << 1 << QStringLiteral("nplurals=2");
    QTest::newRow("one form with nplurals=2") << header + "msgid \"a\"\nmsgid_plural \"as\"\nmsgstr[0] \"x\"\n"
                                              << 8 << 1 << QStringLiteral("nplurals=2");
    QTest::newRow("msgstr[0] without plural") << header + "msgid \"a\"\nmsgstr[0] \"x\"\n"
                                              << 7 << 7 << QStringLiteral("msgid_plural");
    QTest::newRow("truncated after msgid") << header + "msgid \"a\"\nmsgstr \"b\"\n\nmsgid \"c\"\n"
                                           << 9 << 10 << QStringLiteral("ends inside");
    QTest::newRow("truncated in string") << header + "msgid \"a\"\nmsgstr \"b" << 7 << 8
                                         << QStringLiteral("unterminated");
    QTest::newRow("msgstr without msgid") << header + "msgstr \"b\"\n" << 6 << 1 << QStringLiteral("without a msgid");
    QTest::newRow("unknown keyword") << header + "msgid \"a\"\nmsgstring \"b\"\n"
                                     << 7 << 1 << QStringLiteral("unknown keyword");
    QTest::newRow("text after string") << header + "msgid \"a\" x\nmsgstr \"b\"\n"
                                       << 6 << 11 << QStringLiteral("after the string");
    QTest::newRow("binary garbage") << QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 17) << 1 << 1
                                    << QStringLiteral("unexpected text");
    QTest::newRow("mo file") << QByteArray("\xde\x12\x04\x95\x00\x00\x00\x00", 8) << 1 << 1
                             << QStringLiteral("unexpected text");
    QTest::newRow("nul byte") << header + QByteArray("msgid \"a\0\"\nmsgstr \"\"\n", 21) << 6 << 9
                              << QStringLiteral("NUL");
}

void TestPoFilter::malformed()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    auto document = PoFilter().read(data, QStringLiteral("broken.po"));
    QVERIFY(!document.has_value());
    const auto& error = document.error();
    QVERIFY2(error.message.contains(message), qPrintable(error.describe()));
    QCOMPARE(error.file, QStringLiteral("broken.po"));
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QVERIFY(error.describe().startsWith(QStringLiteral("broken.po:%1:%2: ").arg(line).arg(column)));
}

void TestPoFilter::truncatedRealFile()
{
    // A real catalog cut off in the middle of a msgstr line.
    const QByteArray data = readData(QStringLiteral("apt-ru.po"));
    qsizetype at = data.indexOf("\nmsgstr \"", data.size() / 2);
    while (at > 0 && data[at + 9] == '"')
        at = data.indexOf("\nmsgstr \"", at + 1);
    QVERIFY(at > 0);
    ++at;
    const QByteArray cut = data.left(at + 12);
    auto document = PoFilter().read(cut, QStringLiteral("apt-ru.po"));
    QVERIFY(!document.has_value());
    QCOMPARE(document.error().line, int(cut.count('\n')) + 1);
    QCOMPARE(document.error().column, 8);
    QVERIFY(document.error().message.contains(QStringLiteral("unterminated")));
}

void TestPoFilter::registryDetects()
{
    FilterRegistry registry;
    const QByteArray head = readData(QStringLiteral("apt-ru.po")).left(4096);
    const auto* filter = registry.detect(QStringLiteral("ru.po"), head);
    QVERIFY(filter);
    QCOMPARE(filter->id(), QStringLiteral("po"));
    QCOMPARE(registry.detect(QStringLiteral("messages"), head), filter);
    QCOMPARE(registry.byId(QStringLiteral("po")), filter);
    QVERIFY(!registry.byId(QStringLiteral("nope")));
    QVERIFY(!registry.detect(QStringLiteral("data.bin"), QByteArray("\x89PNG\r\n\x1a\n\x00", 9)));
    QCOMPARE(filter->extensions(), (QStringList{QStringLiteral("po"), QStringLiteral("pot")}));
}

void TestPoFilter::gettextLanguageNames_data()
{
    // The Language field as msginit -l writes it for the locale Debian names the catalog after.
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("gettext");
    QTest::newRow("pl") << "pl" << "pl";
    QTest::newRow("pt-BR") << "pt-BR" << "pt_BR";
    QTest::newRow("sr-Latn") << "sr-Latn" << "sr@latin";
    QTest::newRow("sr-Latn-RS") << "sr-Latn-RS" << "sr_RS@latin";
    QTest::newRow("ca-valencia") << "ca-valencia" << "ca@valencia";
    QTest::newRow("zh-Hans") << "zh-Hans" << "zh_CN";
    QTest::newRow("zh-Hant-HK") << "zh-Hant-HK" << "zh_HK";
    QTest::newRow("en-x-quot") << "en-x-quot" << "en@quot";
}

void TestPoFilter::gettextLanguageNames()
{
    QFETCH(QString, tag);
    QFETCH(QString, gettext);
    QCOMPARE(tessera::formats::PoHeader::gettextName(tag), gettext);
    // A catalog says its language once (a template's field filled, the other fields as they were).
    const QString header = QStringLiteral("Project-Id-Version: x\nLanguage-Team: none\nLanguage: \n"
                                          "Content-Type: text/plain; charset=CHARSET\n");
    QCOMPARE(tessera::formats::PoHeader::forLanguage(header, tag, {}),
             QStringLiteral("Project-Id-Version: x\nLanguage-Team: none\nLanguage: %1\n"
                            "Content-Type: text/plain; charset=UTF-8\n")
                 .arg(gettext));
}

QTEST_GUILESS_MAIN(TestPoFilter)
#include "TestPoFilter.moc"
