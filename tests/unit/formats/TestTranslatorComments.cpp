// Tests translator comments in PO, TS and XLIFF 1.2 files on real catalogs: reading them, writing
// changed, added and removed ones where msgcat, lconvert and translate-toolkit put them (and nothing
// else), and keeping them across a PO ↔ TS convert.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "TestData.h"
#include "formats/PoFilter.h"
#include "formats/TsFilter.h"
#include "formats/Xliff12Filter.h"

using tessera::domain::Segment;
using tessera::formats::PoFilter;
using tessera::formats::TsFilter;
using tessera::formats::Xliff12Filter;
using tessera::testsupport::errorText;

namespace {

QByteArray poData(const QString& name)
{
    return tessera::testsupport::readTestData(QStringLiteral("po"), name);
}

QByteArray xliffData(const QString& name)
{
    return tessera::testsupport::readTestData(QStringLiteral("xliff"), name);
}

QByteArray tsData(const QString& name)
{
    return tessera::testsupport::readTestData(QStringLiteral("ts"), name);
}

QString findTool(const QString& name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/lib/qt6/bin")});
    return path;
}

// Runs `tool` on `data` saved as `fileName`; `arguments` name the input as "IN" and an output file as
// "OUT". Returns the output file's bytes (or stdout when there is no OUT); `problem` says what failed.
QByteArray runTool(const QString& tool, const QStringList& arguments, const QByteArray& data, const QString& fileName,
                   QString& problem)
{
    const QString program = findTool(tool);
    if (program.isEmpty()) {
        problem = tool + QStringLiteral(" is not installed");
        return {};
    }
    QTemporaryDir dir;
    QFile in(dir.filePath(fileName));
    if (!in.open(QIODevice::WriteOnly) || in.write(data) != data.size()) {
        problem = QStringLiteral("cannot write ") + in.fileName();
        return {};
    }
    in.close();
    const QString outName = dir.filePath(QStringLiteral("out-") + fileName);
    QStringList args;
    for (const QString& a : arguments)
        args.append(a == QLatin1String("IN") ? in.fileName() : (a == QLatin1String("OUT") ? outName : a));
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        problem = tool + QStringLiteral(" refused the file: ") + QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    if (!arguments.contains(QStringLiteral("OUT")))
        return process.readAllStandardOutput();
    QFile out(outName);
    if (!out.open(QIODevice::ReadOnly)) {
        problem = tool + QStringLiteral(" wrote no file");
        return {};
    }
    return out.readAll();
}

// A translator comment line as gettext reads one: "#" not followed by . : , | ~ or !.
bool isTranslatorCommentLine(const QByteArray& line)
{
    if (!line.startsWith('#'))
        return false;
    return line.size() == 1 || !QByteArrayView(".:,|~!").contains(line[1]);
}

QList<QByteArray> withoutTranslatorComments(const QByteArray& data)
{
    QList<QByteArray> lines = data.split('\n');
    lines.removeIf(isTranslatorCommentLine);
    return lines;
}

qsizetype countTranslatorComments(const QByteArray& data)
{
    const QList<QByteArray> lines = data.split('\n');
    return std::count_if(lines.begin(), lines.end(), isTranslatorCommentLine);
}

// A TS file without its <translatorcomment> elements and the lines they stood on alone.
QString withoutTsComments(const QByteArray& data)
{
    static const QRegularExpression line(
        QStringLiteral("\\n[ \\t]*<translatorcomment>.*?</translatorcomment>(?=\\r?\\n)"),
        QRegularExpression::DotMatchesEverythingOption);
    return QString::fromUtf8(data).remove(line);
}

qsizetype indexOfSource(const QList<Segment>& segments, const QString& source)
{
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (segments[i].source == source)
            return i;
    }
    return -1;
}

QStringList comments(const QList<Segment>& segments)
{
    QStringList out;
    for (const Segment& s : segments)
        out.append(s.translatorComment);
    return out;
}

} // namespace

class TestTranslatorComments : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsPoComments();
    void readsTsComments();
    void unchangedFilesStayByteIdentical_data();
    void unchangedFilesStayByteIdentical();
    void poEditsAreLaidOutLikeMsgcat();
    void poEditsTouchOnlyCommentLines();
    void poCommentsInCrlfAndLegacyCharsets();
    void tsEditsAreLaidOutLikeLupdate();
    void convertKeepsComments();
    void readsXliffComments();
    void xliffEditsAreLaidOutLikeTheirSiblings();
    void xliffEditsReadBackInTranslateToolkit();
};

void TestTranslatorComments::readsPoComments()
{
    // A Translation Project catalog: the usual "# " comment above the references.
    auto hello = PoFilter().read(poData(QStringLiteral("hello-c-gnome-fi.po")), QStringLiteral("fi.po"));
    QVERIFY2(hello, qPrintable(errorText(hello)));
    QCOMPARE(comments(hello->segments),
             QStringList({QStringLiteral("Tämä nimenomainen käännös valittu GNU Hellon mukaisesti."), QString()}));

    // Kodi writes "#text" with no space and a blank line before the entry; gettext reads both as the
    // next entry's translator comment (msgcat prints them as "# text" above it).
    auto kodi = PoFilter().read(poData(QStringLiteral("kodi-estuary-en_gb.po")), QStringLiteral("en_gb.po"));
    QVERIFY2(kodi, qPrintable(errorText(kodi)));
    const QList<Segment>& segments = kodi->segments;
    const qsizetype withComment = std::count_if(segments.begin(), segments.end(),
                                                [](const Segment& s) { return !s.translatorComment.isEmpty(); });
    QCOMPARE(withComment, 14);
    const auto byContext = [&](const QString& context) {
        for (const Segment& s : segments) {
            if (s.key.startsWith(context + QChar(0x0004)))
                return s;
        }
        return Segment();
    };
    QCOMPARE(byContext(QStringLiteral("#31041")).translatorComment, QStringLiteral("empty string with id 31040"));
    QCOMPARE(byContext(QStringLiteral("#31052")).translatorComment,
             QStringLiteral("empty strings from id 31049 to 31051"));
    QCOMPARE(byContext(QStringLiteral("#31042")).translatorComment, QString());
    // The extracted "#." comment stays the developer's note.
    QVERIFY(!byContext(QStringLiteral("#31600")).context.note.isEmpty());
    QCOMPARE(byContext(QStringLiteral("#31600")).translatorComment,
             QStringLiteral("empty strings from id 31177 to 31599"));
}

void TestTranslatorComments::readsTsComments()
{
    auto document = TsFilter().read(tsData(QStringLiteral("kodi-estuary_de.ts")), QStringLiteral("de.ts"));
    QVERIFY2(document, qPrintable(errorText(document)));
    const QList<Segment>& segments = document->segments;
    const qsizetype withComment = std::count_if(segments.begin(), segments.end(),
                                                [](const Segment& s) { return !s.translatorComment.isEmpty(); });
    QCOMPARE(withComment, 1);
    const qsizetype codec = indexOfSource(segments, QStringLiteral("Video codec"));
    QVERIFY(codec >= 0);
    QCOMPARE(segments[codec].translatorComment, QStringLiteral("empty strings from id 31170 to 31599"));
    QCOMPARE(segments[codec].context.note, QStringLiteral("Label to show the video codec name"));
}

void TestTranslatorComments::unchangedFilesStayByteIdentical_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("file");
    QTest::newRow("hello-c-gnome-fi.po") << QStringLiteral("po") << QStringLiteral("hello-c-gnome-fi.po");
    QTest::newRow("kodi-estuary-en_gb.po") << QStringLiteral("po") << QStringLiteral("kodi-estuary-en_gb.po");
    QTest::newRow("kodi-estuary_de.ts") << QStringLiteral("ts") << QStringLiteral("kodi-estuary_de.ts");
    QTest::newRow("kodi-estuary-en_gb.xlf") << QStringLiteral("xliff") << QStringLiteral("kodi-estuary-en_gb.xlf");
    QTest::newRow("adduser-pretranslated.xlf")
        << QStringLiteral("xliff") << QStringLiteral("adduser-pretranslated.xlf");
}

void TestTranslatorComments::unchangedFilesStayByteIdentical()
{
    QFETCH(QString, folder);
    QFETCH(QString, file);
    const QByteArray data = tessera::testsupport::readTestData(folder, file);
    QVERIFY(!data.isEmpty());
    std::unique_ptr<tessera::formats::Filter> filter;
    if (folder == QLatin1String("po"))
        filter = std::make_unique<PoFilter>();
    else if (folder == QLatin1String("xliff"))
        filter = std::make_unique<Xliff12Filter>();
    else
        filter = std::make_unique<TsFilter>();
    auto document = filter->read(data, file);
    QVERIFY2(document, qPrintable(errorText(document)));
    auto written = filter->write(data, document->segments, file);
    QVERIFY2(written, qPrintable(errorText(written)));
    QVERIFY(*written == data);
}

void TestTranslatorComments::poEditsAreLaidOutLikeMsgcat()
{
    // The file is as msgcat writes it (msgcat leaves it byte for byte): so is every edit of its
    // comments, and msgfmt accepts each.
    const QString name = QStringLiteral("hello-c-gnome-fi.po");
    const QByteArray data = poData(name);
    QString problem;
    const QByteArray normalized = runTool(QStringLiteral("msgcat"), {QStringLiteral("IN")}, data, name, problem);
    if (!problem.isEmpty())
        QSKIP(qPrintable(problem));
    QVERIFY(normalized == data);

    PoFilter filter;
    auto document = filter.read(data, name);
    QVERIFY2(document, qPrintable(errorText(document)));
    const QList<QStringList> variants{
        {QStringLiteral("Muutettu kommentti."), QString()}, // changed
        {QString(), QString()},                             // removed
        {QStringLiteral("Eka rivi\n\nkolmas rivi"),
         QStringLiteral("Prosessinumero: %d pysyy.")}, // several lines, added
    };
    for (const QStringList& wanted : variants) {
        QList<Segment> segments = document->segments;
        for (qsizetype i = 0; i < segments.size(); ++i)
            segments[i].translatorComment = wanted.value(i);
        auto written = filter.write(data, segments, name);
        QVERIFY2(written, qPrintable(errorText(written)));
        QVERIFY(*written != data);
        const QByteArray msgcat = runTool(QStringLiteral("msgcat"), {QStringLiteral("IN")}, *written, name, problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(QString::fromUtf8(*written), QString::fromUtf8(msgcat));
        runTool(
            QStringLiteral("msgfmt"),
            {QStringLiteral("--check-format"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("IN")},
            *written, name, problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        auto reread = filter.read(*written, name);
        QVERIFY2(reread, qPrintable(errorText(reread)));
        QCOMPARE(comments(reread->segments), wanted);
        QCOMPARE(withoutTranslatorComments(*written), withoutTranslatorComments(data));
    }
}

void TestTranslatorComments::poEditsTouchOnlyCommentLines()
{
    // Kodi's layout: change one comment, add one where there is none, remove one; every other line
    // stays as it was, the header's comments too.
    const QString name = QStringLiteral("kodi-estuary-en_gb.po");
    const QByteArray data = poData(name);
    PoFilter filter;
    auto document = filter.read(data, name);
    QVERIFY2(document, qPrintable(errorText(document)));
    QList<Segment> segments = document->segments;
    qsizetype changed = -1, removed = -1, added = -1;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (!segments[i].translatorComment.isEmpty() && changed < 0)
            changed = i;
        else if (!segments[i].translatorComment.isEmpty() && removed < 0)
            removed = i;
        else if (segments[i].translatorComment.isEmpty() && !segments[i].context.note.isEmpty() && added < 0)
            added = i;
    }
    QVERIFY(changed >= 0 && removed >= 0 && added >= 0);
    segments[changed].translatorComment = QStringLiteral("Reused in the PVR dialogs: keep it short.");
    segments[removed].translatorComment.clear();
    segments[added].translatorComment = QStringLiteral("Checked against the skin.");
    auto written = filter.write(data, segments, name);
    QVERIFY2(written, qPrintable(errorText(written)));

    QCOMPARE(withoutTranslatorComments(*written), withoutTranslatorComments(data));
    // One line changed in place, one taken out, one put in.
    QCOMPARE(countTranslatorComments(*written), countTranslatorComments(data));
    const QList<QByteArray> lines = written->split('\n');
    QCOMPARE(lines.mid(0, 4), data.split('\n').mid(0, 4)); // the header's comments
    // The added comment comes first in its entry, before the "#." note, as msgcat orders them.
    const qsizetype at = lines.indexOf(QByteArrayLiteral("# Checked against the skin."));
    QVERIFY(at > 0);
    QVERIFY(lines.value(at + 1).startsWith("#."));
    QCOMPARE(lines.indexOf(QByteArrayLiteral("# Reused in the PVR dialogs: keep it short.")) >= 0, true);

    auto reread = filter.read(*written, name);
    QVERIFY2(reread, qPrintable(errorText(reread)));
    QCOMPARE(comments(reread->segments), comments(segments));

    QString problem;
    runTool(QStringLiteral("msgfmt"),
            {QStringLiteral("--check-format"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("IN")},
            *written, name, problem);
    if (problem.contains(QLatin1String("not installed")))
        QSKIP(qPrintable(problem));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestTranslatorComments::poCommentsInCrlfAndLegacyCharsets()
{
    PoFilter filter;
    // CRLF: new comment lines end like the file's lines.
    QByteArray crlf = poData(QStringLiteral("hello-c-gnome-fi.po"));
    crlf.replace("\n", "\r\n");
    auto document = filter.read(crlf, QStringLiteral("crlf.po"));
    QVERIFY2(document, qPrintable(errorText(document)));
    QList<Segment> segments = document->segments;
    segments[0].translatorComment = QStringLiteral("yksi\ntoinen");
    segments[1].translatorComment = QStringLiteral("uusi");
    auto written = filter.write(crlf, segments, QStringLiteral("crlf.po"));
    QVERIFY2(written, qPrintable(errorText(written)));
    QVERIFY(written->contains("\r\n# yksi\r\n# toinen\r\n#: hello.c:51\r\n"));
    QVERIFY(written->contains("\r\n# uusi\r\n#: hello.c:56\r\n"));
    QCOMPARE(written->count('\n'), written->count("\r\n"));
    QCOMPARE(comments(filter.read(*written, QStringLiteral("crlf.po"))->segments), comments(segments));

    // EUC-JP: the comment is written in the file's charset; one it cannot hold is a clear error.
    const QByteArray eucJp = poData(QStringLiteral("tar-ja.po"));
    document = filter.read(eucJp, QStringLiteral("tar-ja.po"));
    QVERIFY2(document, qPrintable(errorText(document)));
    segments = document->segments;
    segments[3].translatorComment = QStringLiteral("用語集を確認済み");
    written = filter.write(eucJp, segments, QStringLiteral("tar-ja.po"));
    QVERIFY2(written, qPrintable(errorText(written)));
    QVERIFY(!written->contains(QStringLiteral("用語集").toUtf8()));
    QCOMPARE(filter.read(*written, QStringLiteral("tar-ja.po"))->segments[3].translatorComment,
             QStringLiteral("用語集を確認済み"));
    segments[3].translatorComment = QStringLiteral("Emoji 🙂 are not EUC-JP");
    written = filter.write(eucJp, segments, QStringLiteral("tar-ja.po"));
    QVERIFY(!written);
    QCOMPARE(written.error().file, QStringLiteral("tar-ja.po"));
    QCOMPARE(written.error().field, QStringLiteral("translatorComment"));
    QVERIFY(written.error().line > 0);
    QVERIFY2(written.error().message.contains(QLatin1String("EUC-JP")), qPrintable(written.error().message));
}

void TestTranslatorComments::tsEditsAreLaidOutLikeLupdate()
{
    // The file is lconvert's (which writes TS as lupdate does, and leaves it byte for byte), so every
    // edit must be too: change the one comment, add two, then remove one.
    const QString name = QStringLiteral("kodi-estuary_de.ts");
    const QByteArray data = tsData(name);
    QString problem;
    const QStringList lconvertTs{QStringLiteral("-i"), QStringLiteral("IN"), QStringLiteral("-o"),
                                 QStringLiteral("OUT")};
    const QByteArray same = runTool(QStringLiteral("lconvert"), lconvertTs, data, name, problem);
    if (!problem.isEmpty())
        QSKIP(qPrintable(problem));
    QVERIFY(same == data);

    TsFilter filter;
    auto document = filter.read(data, name);
    QVERIFY2(document, qPrintable(errorText(document)));
    QList<Segment> segments = document->segments;
    const qsizetype codec = indexOfSource(segments, QStringLiteral("Video codec"));
    qsizetype withNote = -1, bare = -1;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (segments[i].translatorComment.isEmpty() && !segments[i].context.note.isEmpty() && withNote < 0)
            withNote = i;
        if (segments[i].translatorComment.isEmpty() && segments[i].context.note.isEmpty() && bare < 0)
            bare = i;
    }
    QVERIFY(codec >= 0 && withNote >= 0 && bare >= 0);
    segments[codec].translatorComment = QStringLiteral("Codec <name> & profile\nas the player shows them");
    segments[withNote].translatorComment = QStringLiteral("Wording agreed with the skin team.");
    segments[bare].translatorComment = QStringLiteral("Kurz halten");
    segments[bare].targets = {segments[bare].targets.value(0) + QStringLiteral(" (neu)")}; // target and comment
    auto written = filter.write(data, segments, name);
    QVERIFY2(written, qPrintable(errorText(written)));
    QCOMPARE(QString::fromUtf8(runTool(QStringLiteral("lconvert"), lconvertTs, *written, name, problem)),
             QString::fromUtf8(*written));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    auto reread = filter.read(*written, name);
    QVERIFY2(reread, qPrintable(errorText(reread)));
    QCOMPARE(comments(reread->segments), comments(segments));
    QCOMPARE(reread->segments[bare].targets, segments[bare].targets);

    // Removing one takes its line out; everything but the comments is as in the original.
    segments[withNote].translatorComment.clear();
    auto removed = filter.write(*written, segments, name);
    QVERIFY2(removed, qPrintable(errorText(removed)));
    QCOMPARE(QString::fromUtf8(runTool(QStringLiteral("lconvert"), lconvertTs, *removed, name, problem)),
             QString::fromUtf8(*removed));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(comments(filter.read(*removed, name)->segments), comments(segments));
    segments[bare].targets = document->segments[bare].targets;
    auto onlyComments = filter.write(data, segments, name);
    QVERIFY(onlyComments);
    QCOMPARE(withoutTsComments(*onlyComments), withoutTsComments(data));

    // lconvert reads the comments back as PO translator comments.
    const QByteArray po = runTool(QStringLiteral("lconvert"),
                                  {QStringLiteral("-i"), QStringLiteral("IN"), QStringLiteral("-of"),
                                   QStringLiteral("po"), QStringLiteral("-o"), QStringLiteral("OUT")},
                                  *removed, name, problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(po.contains("# Codec <name> & profile\n# as the player shows them\n"));
    QVERIFY(po.contains("# Kurz halten\n"));
}

void TestTranslatorComments::convertKeepsComments()
{
    // PO → TS → PO with the formats' create(), as `tessera-cli convert` does.
    auto po = PoFilter().read(poData(QStringLiteral("hello-c-gnome-fi.po")), QStringLiteral("fi.po"));
    QVERIFY2(po, qPrintable(errorText(po)));
    po->segments[1].translatorComment = QStringLiteral("kaksi\n\nriviä");
    auto tsBytes = TsFilter().create(*po, QStringLiteral("fi.ts"));
    QVERIFY2(tsBytes, qPrintable(errorText(tsBytes)));
    auto ts = TsFilter().read(*tsBytes, QStringLiteral("fi.ts"));
    QVERIFY2(ts, qPrintable(errorText(ts)));
    QCOMPARE(comments(ts->segments), comments(po->segments));
    QString problem;
    const QByteArray lconverted = runTool(QStringLiteral("lconvert"),
                                          {QStringLiteral("-i"), QStringLiteral("IN"), QStringLiteral("-of"),
                                           QStringLiteral("po"), QStringLiteral("-o"), QStringLiteral("OUT")},
                                          *tsBytes, QStringLiteral("fi.ts"), problem);
    QVERIFY2(problem.isEmpty() || problem.contains(QLatin1String("not installed")), qPrintable(problem));
    if (problem.isEmpty())
        QVERIFY(lconverted.contains("# Tämä nimenomainen käännös valittu GNU Hellon mukaisesti.\n"));

    auto back = PoFilter().create(*ts, QStringLiteral("fi.po"));
    QVERIFY2(back, qPrintable(errorText(back)));
    auto again = PoFilter().read(*back, QStringLiteral("fi.po"));
    QVERIFY2(again, qPrintable(errorText(again)));
    QCOMPARE(comments(again->segments), comments(po->segments));
    QVERIFY(back->contains("\n# kaksi\n#\n# riviä\n"));
    runTool(QStringLiteral("msgfmt"),
            {QStringLiteral("--check-format"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("IN")},
            *back, QStringLiteral("fi.po"), problem);
    QVERIFY2(problem.isEmpty() || problem.contains(QLatin1String("not installed")), qPrintable(problem));
}

void TestTranslatorComments::readsXliffComments()
{
    // po2xliff writes each PO translator comment as <note from="po-translator">: the same 14 as the PO.
    auto document =
        Xliff12Filter().read(xliffData(QStringLiteral("kodi-estuary-en_gb.xlf")), QStringLiteral("en_gb.xlf"));
    QVERIFY2(document, qPrintable(errorText(document)));
    const QList<Segment>& segments = document->segments;
    const qsizetype withComment = std::count_if(segments.begin(), segments.end(),
                                                [](const Segment& s) { return !s.translatorComment.isEmpty(); });
    QCOMPARE(withComment, 14);
    qsizetype found = -1;
    for (qsizetype i = 0; i < segments.size() && found < 0; ++i) {
        if (segments[i].translatorComment == u"mpty string with id 31040")
            found = i;
    }
    QVERIFY(found >= 0);
    // The comment is no longer part of the developer's note.
    for (const Segment& segment : segments)
        QVERIFY2(!segment.context.note.contains(u"mpty string"), qPrintable(segment.context.note));

    // Other notes stay developer notes; the first translator note is the comment, "from" as written.
    const QByteArray snippet = R"(<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="a" source-language="en" datatype="plaintext"><body>
<trans-unit id="1"><source>a</source><note from="developer">dev</note><note>plain</note><note from="translator">mine &amp; yours</note><note from="translator">second</note></trans-unit>
<group id="p" restype="x-gettext-plurals"><note from="po-translator">on the group</note>
<trans-unit id="p[0]"><source>one</source></trans-unit><trans-unit id="p[1]"><source>many</source></trans-unit></group>
</body></file></xliff>)";
    auto small = Xliff12Filter().read(snippet, QStringLiteral("a.xlf"));
    QVERIFY2(small, qPrintable(errorText(small)));
    QCOMPARE(small->segments.size(), 2);
    QCOMPARE(small->segments[0].translatorComment, QStringLiteral("mine & yours"));
    QCOMPARE(small->segments[0].context.note, QStringLiteral("dev\nplain\nsecond"));
    QCOMPARE(small->segments[1].translatorComment, QStringLiteral("on the group"));
    QVERIFY(small->segments[1].context.note.isEmpty());
}

void TestTranslatorComments::xliffEditsAreLaidOutLikeTheirSiblings()
{
    // Changed in place, removed with its line, added after the last note (indented like it), after
    // the target, or after the target Tessera adds; all else byte for byte.
    const QByteArray data = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n"
                            "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\r\n"
                            " <file original=\"a\" source-language=\"en\" datatype=\"plaintext\"><body>\r\n"
                            "  <trans-unit id=\"change\">\r\n"
                            "    <source>A</source>\r\n"
                            "    <target>B</target>\r\n"
                            "    <note from=\"translator\">old</note>\r\n"
                            "  </trans-unit>\r\n"
                            "  <trans-unit id=\"clear\">\r\n"
                            "    <source>C</source>\r\n"
                            "    <note from=\"po-translator\">gone</note>\r\n"
                            "    <target>D</target>\r\n"
                            "  </trans-unit>\r\n"
                            "  <trans-unit id=\"after-note\">\r\n"
                            "    <source>E</source>\r\n"
                            "      <note from=\"developer\">dev</note>\r\n"
                            "    <target>F</target>\r\n"
                            "  </trans-unit>\r\n"
                            "  <trans-unit id=\"after-target\">\r\n"
                            "    <source>G</source>\r\n"
                            "    <target>H</target>\r\n"
                            "  </trans-unit>\r\n"
                            "  <trans-unit id=\"no-target\">\r\n"
                            "    <source>I</source>\r\n"
                            "  </trans-unit>\r\n"
                            "  <trans-unit id=\"self-closing\">\r\n"
                            "    <source>J</source>\r\n"
                            "    <note from=\"translator\"/>\r\n"
                            "  </trans-unit>\r\n"
                            " </body></file>\r\n"
                            "</xliff>\r\n";
    Xliff12Filter filter;
    auto document = filter.read(data, QStringLiteral("a.xlf"));
    QVERIFY2(document, qPrintable(errorText(document)));
    QList<Segment> segments = document->segments;
    QCOMPARE(segments.size(), 6);
    QCOMPARE(segments[0].translatorComment, QStringLiteral("old"));
    QCOMPARE(segments[1].translatorComment, QStringLiteral("gone"));
    QCOMPARE(segments[2].context.note, QStringLiteral("dev"));
    QVERIFY(*filter.write(data, segments, QStringLiteral("a.xlf")) == data);

    segments[0].translatorComment = QStringLiteral("new <b> & \"quoted\"");
    segments[1].translatorComment.clear();
    segments[2].translatorComment = QStringLiteral("after the note");
    segments[3].translatorComment = QStringLiteral("after the target");
    segments[4].translatorComment = QStringLiteral("with a new target");
    segments[4].targets = {QStringLiteral("K")};
    segments[4].state = tessera::domain::SegmentState::Translated;
    segments[5].translatorComment = QStringLiteral("filled");
    auto written = filter.write(data, segments, QStringLiteral("a.xlf"));
    QVERIFY2(written, qPrintable(errorText(written)));
    QByteArray expected = data;
    expected.replace("<note from=\"translator\">old</note>",
                     "<note from=\"translator\">new &lt;b&gt; &amp; \"quoted\"</note>");
    expected.replace("    <note from=\"po-translator\">gone</note>\r\n", "");
    expected.replace("<note from=\"developer\">dev</note>",
                     "<note from=\"developer\">dev</note>\r\n      <note from=\"translator\">after the note</note>");
    expected.replace("<target>H</target>",
                     "<target>H</target>\r\n    <note from=\"translator\">after the target</note>");
    expected.replace("<source>I</source>", "<source>I</source>\r\n    <target state=\"translated\">K</target>\r\n"
                                           "    <note from=\"translator\">with a new target</note>");
    expected.replace("<note from=\"translator\"/>", "<note from=\"translator\">filled</note>");
    QCOMPARE(QString::fromUtf8(*written), QString::fromUtf8(expected));
    auto reread = filter.read(*written, QStringLiteral("a.xlf"));
    QVERIFY2(reread, qPrintable(errorText(reread)));
    QCOMPARE(comments(reread->segments), comments(segments));
}

void TestTranslatorComments::xliffEditsReadBackInTranslateToolkit()
{
    // The real po2xliff file with one comment changed, one cleared and one added: translate-toolkit's
    // xliff2po shows exactly those as PO translator comments.
    const QString name = QStringLiteral("kodi-estuary-en_gb.xlf");
    const QByteArray data = xliffData(name);
    Xliff12Filter filter;
    auto document = filter.read(data, name);
    QVERIFY2(document, qPrintable(errorText(document)));
    QList<Segment> segments = document->segments;
    qsizetype changed = -1, cleared = -1, added = -1;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const bool has = !segments[i].translatorComment.isEmpty();
        if (has && changed < 0)
            changed = i;
        else if (has && cleared < 0)
            cleared = i;
        else if (!has && added < 0)
            added = i;
    }
    QVERIFY(changed >= 0 && cleared >= 0 && added >= 0);
    const QString clearedText = segments[cleared].translatorComment;
    segments[changed].translatorComment = QStringLiteral("Checked against the skin, 2024");
    segments[cleared].translatorComment.clear();
    segments[added].translatorComment = QStringLiteral("Keep it short & clear");
    auto written = filter.write(data, segments, name);
    QVERIFY2(written, qPrintable(errorText(written)));
    auto reread = filter.read(*written, name);
    QVERIFY2(reread, qPrintable(errorText(reread)));
    QCOMPARE(comments(reread->segments), comments(segments));

    QString problem;
    const QByteArray po =
        runTool(QStringLiteral("xliff2po"), {QStringLiteral("IN"), QStringLiteral("OUT")}, *written, name, problem);
    if (!problem.isEmpty())
        QSKIP(qPrintable(problem));
    QVERIFY(po.contains("# Checked against the skin, 2024\n"));
    QVERIFY(po.contains("# Keep it short & clear\n"));
    QVERIFY(!po.contains(("# " + clearedText + "\n").toUtf8()));
    // The comments left alone are still there.
    for (const Segment& segment : std::as_const(segments)) {
        if (!segment.translatorComment.isEmpty())
            QVERIFY2(po.contains(("# " + segment.translatorComment + "\n").toUtf8()),
                     qPrintable(segment.translatorComment));
    }
}

QTEST_GUILESS_MAIN(TestTranslatorComments)
#include "TestTranslatorComments.moc"
