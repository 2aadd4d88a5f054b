// Tests the XLIFF 1.2 filter on real files (po2xliff, pretranslate, lconvert, Angular): reading,
// byte-exact round trips, edits that translate-toolkit reads back, target insertion, create(),
// truncated files, detection and speed. Edge cases on small snippets: TestXliff12Snippets.cpp.

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "TestData.h"
#include "formats/FilterRegistry.h"
#include "formats/Xliff12Filter.h"

using tessera::domain::Segment;
using tessera::domain::SegmentFlag;
using tessera::domain::SegmentState;
using tessera::formats::FilterRegistry;
using tessera::formats::ParsedDocument;
using tessera::formats::Xliff12Filter;

using tessera::testsupport::errorText;

namespace {

QString dataDir()
{
    return tessera::testsupport::testDataDir(QStringLiteral("xliff"));
}

QByteArray readData(const QString& name)
{
    QFile file(name.startsWith(QLatin1Char('/')) ? name : dataDir() + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

int countState(const ParsedDocument& document, SegmentState state)
{
    return int(std::count_if(document.segments.begin(), document.segments.end(),
                             [state](const Segment& s) { return s.state == state; }));
}

const Segment* byKey(const ParsedDocument& document, const QString& key)
{
    for (const Segment& segment : document.segments) {
        if (segment.key == key)
            return &segment;
    }
    return nullptr;
}

// Every XLIFF 1.x file of the data folder.
QStringList xliff1Files()
{
    QStringList files;
    const QDir dir(dataDir());
    for (const QString& name : dir.entryList({QStringLiteral("*.xlf"), QStringLiteral("*.xliff")}, QDir::Files)) {
        if (Xliff12Filter::xliffVersion(readData(name).left(4096)) == 1)
            files.append(name);
    }
    return files;
}

// translate-toolkit's reading of a file: unit id → target, as JSON.
QJsonObject toolkitTargets(const QByteArray& data, QString* problem)
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        *problem = QStringLiteral("python3 is not in PATH");
        return {};
    }
    QTemporaryDir dir;
    QFile out(dir.filePath(QStringLiteral("file.xlf")));
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(data);
    out.close();
    QProcess process;
    process.start(python, {QStringLiteral("-c"),
                           QStringLiteral("import json, sys\n"
                                          "from translate.storage import xliff\n"
                                          "store = xliff.xlifffile.parsefile(sys.argv[1])\n"
                                          "print(json.dumps({u.getid(): str(u.target or '') for u in store.units}))\n"),
                           out.fileName()});
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        const QByteArray err = process.readAllStandardError();
        if (err.contains("No module named"))
            *problem = QStringLiteral("translate-toolkit is not installed");
        else
            *problem = QStringLiteral("translate-toolkit failed: ") + QString::fromUtf8(err.right(2000));
        return {};
    }
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

} // namespace

class TestXliff12Filter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsRealFiles_data();
    void readsRealFiles();
    void readsPo2xliffDetails();
    void readsLconvertDetails();
    void readsAngularDetails();
    void roundTripIsByteIdentical_data();
    void roundTripIsByteIdentical();
    void editsAreReadBackByTranslateToolkit_data();
    void editsAreReadBackByTranslateToolkit();
    void bomAndCrlfSurvive();
    void fileOfAnotherLanguageNamesTheDocuments();
    void createThenRead_data();
    void createThenRead();
    void truncatedRealFile();
    void registryDetects();
};

void TestXliff12Filter::readsRealFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("segments");
    QTest::addColumn<int>("plurals");
    QTest::addColumn<int>("pluralForms");
    QTest::addColumn<int>("approved");
    QTest::addColumn<int>("fresh");
    QTest::addColumn<int>("candidates");
    QTest::addColumn<QString>("sourceLanguage");
    QTest::addColumn<QString>("targetLanguage");

    // Counts from the files themselves (trans-units outside plural groups plus plural groups, less
    // the gettext header), taken with Python's ElementTree.
    QTest::newRow("apt-ru (po2xliff)") << QStringLiteral("apt-ru.xlf") << 45 << 7 << 3 << 45 << 0 << 0
                                       << QStringLiteral("en-US") << QString();
    QTest::newRow("dpkg-ja (po2xliff)") << QStringLiteral("dpkg-ja.xlf") << 49 << 9 << 2 << 49 << 0 << 0
                                        << QStringLiteral("en-US") << QString();
    QTest::newRow("software-properties-de (po2xliff)") << QStringLiteral("software-properties-de.xlf") << 126 << 1 << 2
                                                       << 92 << 33 << 0 << QStringLiteral("en-US") << QString();
    QTest::newRow("adduser (pretranslate)") << QStringLiteral("adduser-pretranslated.xlf") << 25 << 0 << 0 << 0 << 25
                                            << 25 << QStringLiteral("en-US") << QString();
    QTest::newRow("qt_help_cs (lconvert)") << QStringLiteral("qt_help_cs.xlf") << 105 << 1 << 3 << 105 << 0 << 0
                                           << QStringLiteral("en") << QStringLiteral("cs-CZ");
    QTest::newRow("ngx-translation-io fr (Angular)") << QStringLiteral("angular-ngx-translation-io-fr.xlf") << 13 << 0
                                                     << 0 << 0 << 0 << 0 << QStringLiteral("en") << QString();
    QTest::newRow("ngx-translation-io (Angular, no targets)")
        << QStringLiteral("angular-ngx-translation-io.xlf") << 13 << 0 << 0 << 0 << 13 << 0 << QStringLiteral("en-US")
        << QString();
    QTest::newRow("tessera_fr-new (lconvert, 10 files)") << QStringLiteral("tessera_fr-new.xlf") << 83 << 5 << 2 << 0
                                                         << 83 << 0 << QStringLiteral("en") << QStringLiteral("fr-FR");
}

void TestXliff12Filter::readsRealFiles()
{
    QFETCH(QString, file);
    QFETCH(int, segments);
    QFETCH(int, plurals);
    QFETCH(int, pluralForms);
    QFETCH(int, approved);
    QFETCH(int, fresh);
    QFETCH(int, candidates);
    QFETCH(QString, sourceLanguage);
    QFETCH(QString, targetLanguage);

    const QByteArray data = readData(file);
    QVERIFY2(!data.isEmpty(), qPrintable(dataDir() + file));
    auto document = Xliff12Filter().read(data, file);
    QVERIFY2(document.has_value(), qPrintable(errorText(document)));
    QCOMPARE(document->format, QStringLiteral("xliff12"));
    QCOMPARE(document->segments.size(), segments);
    QCOMPARE(int(std::count_if(document->segments.begin(), document->segments.end(),
                               [](const Segment& s) { return s.isPlural(); })),
             plurals);
    QCOMPARE(document->pluralForms, pluralForms);
    QCOMPARE(countState(*document, SegmentState::Approved), approved);
    QCOMPARE(countState(*document, SegmentState::New), fresh);
    QCOMPARE(document->candidates.size(), candidates);
    QCOMPARE(document->sourceLanguage, sourceLanguage);
    QCOMPARE(document->targetLanguage, targetLanguage);
    for (qsizetype i = 0; i < document->segments.size(); ++i) {
        const Segment& s = document->segments[i];
        QCOMPARE(s.order, int(i) + 1);
        QVERIFY(!s.source.isEmpty());
        QCOMPARE(s.targets.size(), s.isPlural() ? pluralForms : 1);
    }
}

void TestXliff12Filter::readsPo2xliffDetails()
{
    auto ru = Xliff12Filter().read(readData(QStringLiteral("apt-ru.xlf")), QStringLiteral("apt-ru.xlf"));
    QVERIFY2(ru.has_value(), qPrintable(errorText(ru)));
    const Segment* first = byKey(*ru, QStringLiteral("3"));
    QVERIFY(first);
    QCOMPARE(first->source, QStringLiteral("  Candidate: "));
    QCOMPARE(first->targets, QStringList{QStringLiteral("  Кандидат: ")});
    const Segment* plural = byKey(*ru, QStringLiteral("apt-ru.po__%04__17"));
    QVERIFY(plural);
    QCOMPARE(plural->source, QStringLiteral("%i package can be upgraded. Run 'apt list --upgradable' to see it.\n"));
    QCOMPARE(plural->sourcePlural,
             QStringLiteral("%i packages can be upgraded. Run 'apt list --upgradable' to see them.\n"));
    QCOMPARE(plural->targets.size(), 3);
    QCOMPARE(plural->targets[2],
             QStringLiteral("Может быть обновлено %i пакетов. Запустите «apt list --upgradable» для их показа.\n"));
    QCOMPARE(plural->state, SegmentState::Approved);

    // The fuzzy entry of the PO: approved="no", state="needs-translation" with a target.
    auto de = Xliff12Filter().read(readData(QStringLiteral("software-properties-de.xlf")),
                                   QStringLiteral("software-properties-de.xlf"));
    QVERIFY2(de.has_value(), qPrintable(errorText(de)));
    const Segment* fuzzy = byKey(*de, QStringLiteral("36"));
    QVERIFY(fuzzy);
    QCOMPARE(fuzzy->source, QStringLiteral("Adding authentication data to %s"));
    QCOMPARE(fuzzy->targets, QStringList{QStringLiteral("Authentifizierung")});
    QCOMPARE(fuzzy->state, SegmentState::Draft);
    QCOMPARE(fuzzy->context.locations, QStringList{QStringLiteral("shortcuthandler.py:516")});
    const Segment* empty = byKey(*de, QStringLiteral("37"));
    QVERIFY(empty);
    QCOMPARE(empty->state, SegmentState::New);
    QCOMPARE(empty->targets, QStringList{QString()});
    QCOMPARE(countState(*de, SegmentState::Draft), 1);

    // pretranslate's alt-trans: translate-toolkit's matcher as origin, no quality given.
    auto adduser = Xliff12Filter().read(readData(QStringLiteral("adduser-pretranslated.xlf")),
                                        QStringLiteral("adduser-pretranslated.xlf"));
    QVERIFY2(adduser.has_value(), qPrintable(errorText(adduser)));
    const auto& candidate = adduser->candidates[1];
    QCOMPARE(candidate.segmentKey, QStringLiteral("4"));
    QCOMPARE(candidate.source, QStringLiteral("`%s' does not exist. Using defaults.\n"));
    QCOMPARE(candidate.target, QStringLiteral("»%s« existiert nicht. Benutze Standardwerte.\n"));
    QCOMPARE(candidate.origin, QStringLiteral("fish"));
    QCOMPARE(candidate.quality, -1);
    QVERIFY(!candidate.machine);
}

void TestXliff12Filter::readsLconvertDetails()
{
    auto fr =
        Xliff12Filter().read(readData(QStringLiteral("tessera_fr-new.xlf")), QStringLiteral("tessera_fr-new.xlf"));
    QVERIFY2(fr.has_value(), qPrintable(errorText(fr)));
    // Several <file>s: keys carry the file's original.
    const Segment& first = fr->segments.first();
    QCOMPARE(first.key, QStringLiteral("app/desktop/main.cpp") + QChar(0x0004) + QStringLiteral("_msg1"));
    QCOMPARE(first.source, QStringLiteral("Tessera translation-management workbench"));
    QCOMPARE(first.context.locations, QStringList{QStringLiteral("app/desktop/main.cpp:60")});
    QCOMPARE(first.state, SegmentState::New);
    // lconvert's numerus message: a plural group without id, locations on the group.
    const Segment* plural = nullptr;
    for (const Segment& s : fr->segments) {
        if (s.isPlural()) {
            plural = &s;
            break;
        }
    }
    QVERIFY(plural);
    QVERIFY2(plural->key.endsWith(QChar(0x0004) + QStringLiteral("_msg29")), qPrintable(plural->key));
    QCOMPARE(plural->source, QStringLiteral("%n segment(s)"));
    QCOMPARE(plural->sourcePlural, QStringLiteral("%n segment(s)"));
    QCOMPARE(plural->targets, (QStringList{QString(), QString()}));
    QCOMPARE(plural->context.locations.size(), 2);
    QVERIFY(plural->context.locations[0].endsWith(QStringLiteral(":129")));

    auto cs = Xliff12Filter().read(readData(QStringLiteral("qt_help_cs.xlf")), QStringLiteral("qt_help_cs.xlf"));
    QVERIFY2(cs.has_value(), qPrintable(errorText(cs)));
    const Segment* hits = byKey(*cs, QStringLiteral("_msg92"));
    QVERIFY(hits);
    QCOMPARE(hits->source, QStringLiteral("%1 - %2 of %n Hits"));
    QCOMPARE(hits->targets[1], QStringLiteral("%1 - %2 ze %n zásahů"));
}

void TestXliff12Filter::readsAngularDetails()
{
    auto fr = Xliff12Filter().read(readData(QStringLiteral("angular-ngx-translation-io-fr.xlf")),
                                   QStringLiteral("angular-ngx-translation-io-fr.xlf"));
    QVERIFY2(fr.has_value(), qPrintable(errorText(fr)));
    const Segment& header = fr->segments[0];
    QCOMPARE(header.key, QStringLiteral("introductionHeader"));
    QCOMPARE(header.source, QStringLiteral(" Hello i18n! "));
    QCOMPARE(header.targets, QStringList{QStringLiteral(" Bonjour i18n ! ")});
    QCOMPARE(header.state, SegmentState::Translated);
    QCOMPARE(header.context.note, QStringLiteral("An introduction header for this sample\nUser welcome"));
    QCOMPARE(header.context.locations, QStringList{QStringLiteral("src/app/app.component.html:1,3")});
    QCOMPARE(fr->segments[1].targets, QStringList{QStringLiteral("Logo d'Angular")}); // &apos;
    const Segment& icu = fr->segments[2];
    QCOMPARE(icu.source,
             QStringLiteral("Updated <x id=\"ICU\" equiv-text=\"{minutes, plural, =0 {just now} =1 {one "
                            "minute ago} other {{{minutes}} minutes ago}}\" xid=\"1887283401472369100\"/>"));
    QCOMPARE(icu.state, SegmentState::Draft); // state="new" with a target

    // Angular's extraction has no targets: one is inserted after </source>, indented like it, with the
    // file's CRLF line ends.
    const QByteArray data = readData(QStringLiteral("angular-ngx-translation-io.xlf"));
    Xliff12Filter filter;
    auto source = filter.read(data, QStringLiteral("messages.xlf"));
    QVERIFY2(source.has_value(), qPrintable(errorText(source)));
    QList<Segment> segments = source->segments;
    segments[2].targets = {QStringLiteral("Mis à jour <x id=\"ICU\"/>")};
    segments[2].state = SegmentState::Translated;
    auto written = filter.write(data, segments, QStringLiteral("messages.xlf"));
    QVERIFY2(written.has_value(), qPrintable(errorText(written)));
    const QByteArray inserted = "minutes ago}}\" xid=\"1887283401472369100\"/></source>\r\n"
                                "        <target state=\"translated\">Mis à jour <x id=\"ICU\"/></target>\r\n"
                                "        <context-group purpose=\"location\">";
    QVERIFY2(written->contains(inserted), written->constData());
    QCOMPARE(written->size(), data.size() + QByteArray("\r\n        <target state=\"translated\">Mis à jour <x "
                                                       "id=\"ICU\"/></target>")
                                                .size());
}

void TestXliff12Filter::roundTripIsByteIdentical_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = xliff1Files();
    QVERIFY(files.size() >= 6);
    for (const QString& file : files)
        QTest::newRow(qPrintable(file)) << file;
}

void TestXliff12Filter::roundTripIsByteIdentical()
{
    QFETCH(QString, file);
    const QByteArray data = readData(file);
    Xliff12Filter filter;
    auto document = filter.read(data, file);
    QVERIFY2(document.has_value(), qPrintable(errorText(document)));
    auto written = filter.write(data, document->segments, file);
    QVERIFY2(written.has_value(), qPrintable(errorText(written)));
    QVERIFY(*written == data);
}

void TestXliff12Filter::editsAreReadBackByTranslateToolkit_data()
{
    roundTripIsByteIdentical_data();
}

void TestXliff12Filter::editsAreReadBackByTranslateToolkit()
{
    QFETCH(QString, file);
    const QByteArray data = readData(file);
    Xliff12Filter filter;
    auto document = filter.read(data, file);
    QVERIFY2(document.has_value(), qPrintable(errorText(document)));

    // A singular edit with characters that need escaping, a plural edit, a state-only change.
    QList<Segment> segments = document->segments;
    qsizetype singular = -1, plural = -1, stateOnly = -1;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (singular < 0 && !segments[i].isPlural())
            singular = i;
        else if (plural < 0 && segments[i].isPlural())
            plural = i;
        else if (stateOnly < 0 && !segments[i].isPlural())
            stateOnly = i;
    }
    QVERIFY(singular >= 0 && stateOnly >= 0);
    segments[singular].targets = {QStringLiteral("Tessera <&> \"edit\" of ") + segments[singular].source};
    segments[singular].state = SegmentState::Translated;
    if (plural >= 0) {
        for (QString& target : segments[plural].targets)
            target = QStringLiteral("[T] ") + segments[plural].sourcePlural;
        segments[plural].state = SegmentState::Reviewed;
    }
    segments[stateOnly].state =
        segments[stateOnly].state == SegmentState::Approved ? SegmentState::Draft : SegmentState::Approved;
    if (segments[stateOnly].state == SegmentState::Draft && segments[stateOnly].targets.value(0).isEmpty())
        segments[stateOnly].targets = {QStringLiteral("draft")};

    auto written = filter.write(data, segments, file);
    QVERIFY2(written.has_value(), qPrintable(errorText(written)));
    QVERIFY(*written != data);
    auto reread = filter.read(*written, file);
    QVERIFY2(reread.has_value(), qPrintable(errorText(reread)));
    QCOMPARE(reread->segments.size(), segments.size());
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment& want = segments[i];
        const Segment& got = reread->segments[i];
        QCOMPARE(got.key, want.key);
        QCOMPARE(got.source, want.source);
        QCOMPARE(got.targets, want.targets);
        QCOMPARE(got.state, want.state);
        QCOMPARE(got.context, want.context);
        QCOMPARE(got.flags, want.flags);
    }
    // Only lines of the edited units changed: the file has as many lines, and the others are equal.
    const QList<QByteArray> before = data.split('\n');
    const QList<QByteArray> after = written->split('\n');
    QVERIFY(after.size() >= before.size());
    int changed = 0;
    for (qsizetype i = 0; i < before.size() && after.size() == before.size(); ++i)
        changed += before[i] != after[i] ? 1 : 0;
    QVERIFY2(after.size() > before.size() || changed <= 12, qPrintable(QString::number(changed)));

    // translate-toolkit reads the edited target.
    QString problem;
    const QJsonObject targets = toolkitTargets(*written, &problem);
    if (!problem.isEmpty())
        QSKIP(qPrintable(problem));
    const QString key = segments[singular].key;
    const QString id = key.section(QChar(0x0004), -1);
    bool found = false;
    for (auto it = targets.begin(); it != targets.end(); ++it) {
        if (it.key() == id || it.key().endsWith(QChar(0x0004) + id)) {
            // translate-toolkit folds white space where xml:space is not "preserve" (Angular's files).
            QCOMPARE(it.value().toString().simplified(), segments[singular].targets.first().simplified());
            found = true;
        }
    }
    QVERIFY2(found, qPrintable(QStringLiteral("translate-toolkit has no unit %1 in %2")
                                   .arg(id, QString::fromUtf8(QJsonDocument(targets).toJson().left(400)))));
}

void TestXliff12Filter::bomAndCrlfSurvive()
{
    QByteArray data = readData(QStringLiteral("apt-ru.xlf"));
    data.replace("\n", "\r\n");
    data.prepend("\xEF\xBB\xBF");
    Xliff12Filter filter;
    auto document = filter.read(data, QStringLiteral("apt-ru.xlf"));
    QVERIFY2(document.has_value(), qPrintable(errorText(document)));
    QCOMPARE(document->segments[0].source, QStringLiteral("  Candidate: "));
    auto same = filter.write(data, document->segments, QStringLiteral("apt-ru.xlf"));
    QVERIFY(same.has_value() && *same == data);
    QList<Segment> segments = document->segments;
    segments[0].targets = {QStringLiteral("Кандидат:")};
    auto written = filter.write(data, segments, QStringLiteral("apt-ru.xlf"));
    QVERIFY2(written.has_value(), qPrintable(errorText(written)));
    QVERIFY(written->startsWith("\xEF\xBB\xBF<?xml"));
    QCOMPARE(written->count("\r\n"), data.count("\r\n"));
    QCOMPARE(written->size(), data.size() - QByteArray("  ").size() - QByteArray(" ").size());
}

void TestXliff12Filter::fileOfAnotherLanguageNamesTheDocuments()
{
    // Tessera's own French catalog (ten <file>s, target-language="fr-FR") started as the German one:
    // each <file> that export edits says target-language="de"; for French it keeps "fr-FR".
    const QString name = QStringLiteral("tessera_fr-new.xlf");
    const QByteArray original = readData(name);
    QCOMPARE(original.count("target-language=\"fr-FR\""), 10);
    const Xliff12Filter filter;
    auto read = filter.read(original, name);
    QVERIFY2(read, qPrintable(errorText(read)));
    QList<Segment> segments = read->segments;
    for (Segment& segment : segments)
        segment.targets = {QStringLiteral("Übersetzt")};
    auto german = filter.writeDocument(original, segments, name, QStringLiteral("de"));
    QVERIFY2(german, qPrintable(errorText(german)));
    QCOMPARE(german->count("target-language=\"de\""), 10);
    QCOMPARE(german->count("target-language=\"fr-FR\""), 0);
    auto back = filter.read(*german, name);
    QVERIFY2(back, qPrintable(errorText(back)));
    QCOMPARE(back->targetLanguage, QStringLiteral("de"));
    QCOMPARE(back->segments.size(), segments.size());
    // Streamed the same.
    QByteArray streamed;
    QBuffer buffer(&streamed);
    buffer.open(QIODevice::WriteOnly);
    tessera::formats::SegmentList list(segments);
    QVERIFY(filter.writeTo(buffer, original, list, name, QStringLiteral("de")));
    QVERIFY(streamed == *german);
    // The file's own language, or a form of it: the attribute stays as it is.
    auto french = filter.writeDocument(original, segments, name, QStringLiteral("fr"));
    QVERIFY2(french, qPrintable(errorText(french)));
    QCOMPARE(french->count("target-language=\"fr-FR\""), 10);
    QCOMPARE(*filter.writeDocument(original, read->segments, name, QStringLiteral("de")), original); // no edit
}

void TestXliff12Filter::createThenRead_data()
{
    QTest::addColumn<QString>("file");
    for (const QString& file : xliff1Files())
        QTest::newRow(qPrintable(file)) << file;
    QTest::newRow("states, notes, limits") << QString();
}

void TestXliff12Filter::createThenRead()
{
    QFETCH(QString, file);
    ParsedDocument document;
    if (!file.isEmpty()) {
        auto read = Xliff12Filter().read(readData(file), file);
        QVERIFY2(read.has_value(), qPrintable(errorText(read)));
        document = *read;
    } else {
        document.format = QStringLiteral("ts");
        document.sourceLanguage = QStringLiteral("en");
        document.targetLanguage = QStringLiteral("de");
        const QList<SegmentState> states = {SegmentState::New, SegmentState::Draft, SegmentState::Translated,
                                            SegmentState::Reviewed, SegmentState::Approved};
        for (int i = 0; i < states.size(); ++i) {
            Segment s;
            s.key = QStringLiteral("ctx") + QChar(0x0004) + QStringLiteral("key %1").arg(i);
            s.order = i + 1;
            s.source = QStringLiteral("Source <b>%1</b>\nline two & \"quoted\"").arg(i);
            s.targets = {states[i] == SegmentState::New ? QString() : QStringLiteral("Ziel %1 <x id=\"1\"/>").arg(i)};
            s.state = states[i];
            s.context.note = QStringLiteral("note %1\nsecond line").arg(i);
            s.context.locations = {QStringLiteral("src/a.cpp:%1").arg(10 + i), QStringLiteral("README")};
            s.context.maxLength = i * 10;
            if (i == 2)
                s.flags |= SegmentFlag::Locked;
            document.segments.append(s);
        }
        Segment html; // looks like a native-code <ph> but is not well-formed as one: written as text
        html.key = QStringLiteral("html");
        html.order = 6;
        html.source = QStringLiteral("<ph>a & b</ph> <g>");
        html.targets = {QString()};
        document.segments.append(html);
        Segment plural;
        plural.key = QStringLiteral("%n files");
        plural.order = 7;
        plural.source = QStringLiteral("%n file");
        plural.sourcePlural = QStringLiteral("%n files");
        plural.targets = {QStringLiteral("%n Datei"), QStringLiteral("%n Dateien")};
        plural.state = SegmentState::Translated;
        plural.context.note = QStringLiteral("count");
        plural.context.locations = {QStringLiteral("b.cpp:3")};
        document.segments.append(plural);
    }
    Xliff12Filter filter;
    auto created = filter.create(document, QStringLiteral("out.xlf"));
    QVERIFY2(created.has_value(), qPrintable(errorText(created)));
    QCOMPARE(filter.detect(QStringLiteral("out.xlf"), created->left(4096)), 100);
    auto reread = filter.read(*created, QStringLiteral("out.xlf"));
    QVERIFY2(reread.has_value(), qPrintable(errorText(reread)));
    QCOMPARE(reread->sourceLanguage,
             document.sourceLanguage.isEmpty() ? QStringLiteral("en") : document.sourceLanguage);
    QCOMPARE(reread->targetLanguage, document.targetLanguage);
    QCOMPARE(reread->segments.size(), document.segments.size());
    for (qsizetype i = 0; i < document.segments.size(); ++i) {
        const Segment& want = document.segments[i];
        const Segment& got = reread->segments[i];
        // Keys XML cannot hold (U+0004 of several files, contexts) become the unit's id.
        if (!want.key.contains(QChar(0x0004)))
            QCOMPARE(got.key, want.key);
        else
            QCOMPARE(got.key, QString::number(i + 1));
        QCOMPARE(got.source, want.source);
        QCOMPARE(got.sourcePlural, want.sourcePlural);
        QCOMPARE(got.targets, want.targets);
        QCOMPARE(got.state, want.state);
        QCOMPARE(got.context, want.context);
        QCOMPARE(got.flags, want.flags);
    }
    // translate-toolkit reads the created file too.
    QString problem;
    const QJsonObject targets = toolkitTargets(*created, &problem);
    if (!problem.isEmpty())
        QSKIP(qPrintable(problem));
    QVERIFY(targets.size() >= document.segments.size());
}

void TestXliff12Filter::truncatedRealFile()
{
    const QByteArray data = readData(QStringLiteral("qt_help_cs.xlf"));
    Xliff12Filter filter;
    for (qsizetype size : {qsizetype(100), data.size() / 3, data.size() / 2, data.size() - 10}) {
        auto document = filter.read(data.left(size), QStringLiteral("qt_help_cs.xlf"));
        QVERIFY(!document.has_value());
        QVERIFY(document.error().line > 0);
        QVERIFY(!document.error().message.isEmpty());
    }
}

void TestXliff12Filter::registryDetects()
{
    FilterRegistry registry;
    for (const QString& file : xliff1Files()) {
        const QByteArray head = readData(file).left(4096);
        const auto* filter = registry.detect(file, head);
        QVERIFY(filter);
        QCOMPARE(filter->id(), QStringLiteral("xliff12"));
        QCOMPARE(filter->detect(QStringLiteral("noextension"), head), 90);
    }
    QVERIFY(registry.byId(QStringLiteral("xliff12")));
    Xliff12Filter filter;
    const QString sourceDir = qEnvironmentVariable("TESSERA_SOURCE_DIR");
    QCOMPARE(filter.detect(QStringLiteral("apt-ru.po"),
                           readData(sourceDir + QStringLiteral("/tests/data/po/apt-ru.po")).left(4096)),
             0);
    QCOMPARE(filter.detect(QStringLiteral("qt_help_cs.ts"),
                           readData(sourceDir + QStringLiteral("/tests/data/ts/qt_help_cs.ts")).left(4096)),
             0);
    QCOMPARE(filter.detect(QStringLiteral("x.xlf"),
                           "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\">"),
             0);
}

QTEST_GUILESS_MAIN(TestXliff12Filter)
#include "TestXliff12Filter.moc"
