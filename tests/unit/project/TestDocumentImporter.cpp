// Tests importing files into a project and exporting them again: one document per language,
// re-import by key (changed, removed, new, kept translations), all-or-nothing imports, and exports
// that never leave a half-written file.
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

#include "TempWorkspace.h"
#include "domain/Project.h"
#include "formats/Filter.h"
#include "formats/FilterRegistry.h"
#include "project/DocumentExporter.h"
#include "project/DocumentImporter.h"
#include "store/Database.h"
#include "store/DocumentRepository.h"
#include "store/ProjectRepository.h"
#include "store/SegmentRepository.h"

using namespace tessera;
using domain::ErrorCode;
using domain::Segment;
using domain::SegmentFlag;
using domain::SegmentState;

namespace {

// A key-based test format, one segment per line: KEY<TAB>SOURCE[<TAB>TARGET]. Unlike PO, where the
// key is the source itself, a key survives a change of its source, as in XLIFF, JSON or Android.
class KeyValueFilter final : public formats::Filter {
public:
    QString id() const override { return QStringLiteral("test-kv"); }
    QString name() const override { return QStringLiteral("test key/value"); }
    QStringList extensions() const override { return {QStringLiteral("kv")}; }
    int detect(const QString&, const QByteArray&) const override { return 0; }

    domain::Result<formats::ParsedDocument> read(const QByteArray& data, const QString& fileName) const override
    {
        formats::ParsedDocument document;
        document.format = id();
        const QList<QByteArray> lines = data.split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines.at(i).isEmpty())
                continue;
            const QStringList fields = QString::fromUtf8(lines.at(i)).split(QLatin1Char('\t'));
            if (fields.size() < 2)
                return std::unexpected(domain::Error{ErrorCode::InvalidInput,
                                                     QStringLiteral("expected a tab"),
                                                     fileName,
                                                     int(i + 1),
                                                     int(lines.at(i).size() + 1),
                                                     {}});
            Segment s;
            s.key = fields.at(0);
            s.source = fields.at(1);
            s.order = int(document.segments.size() + 1);
            if (fields.size() > 2 && !fields.at(2).isEmpty()) {
                s.targets = {fields.at(2)};
                s.state = SegmentState::Translated;
            }
            document.segments.append(s);
        }
        return document;
    }

    domain::Result<QByteArray> write(const QByteArray& original, const QList<Segment>& segments,
                                     const QString&) const override
    {
        QByteArray out;
        for (const QByteArray& line : original.split('\n')) {
            if (line.isEmpty())
                continue;
            const QList<QByteArray> fields = line.split('\t');
            auto it = std::find_if(segments.begin(), segments.end(),
                                   [&](const Segment& s) { return s.key == QString::fromUtf8(fields.at(0)); });
            out += fields.at(0) + '\t' + fields.value(1);
            if (it != segments.end() && !it->targets.value(0).isEmpty())
                out += '\t' + it->targets.value(0).toUtf8();
            out += '\n';
        }
        return out;
    }

    domain::Result<QByteArray> create(const formats::ParsedDocument& document, const QString&) const override
    {
        QByteArray out;
        for (const Segment& s : document.segments)
            out += s.key.toUtf8() + '\t' + s.source.toUtf8() + '\t' + s.targets.value(0).toUtf8() + '\n';
        return out;
    }
};

// A monolingual test format, one KEY<TAB>TEXT line per entry: strings.kv holds the sources,
// strings.de.kv the German translations, as Android or i18next keep one file per language.
class MonolingualFilter final : public formats::Filter {
public:
    QString id() const override { return QStringLiteral("test-mono"); }
    QString name() const override { return QStringLiteral("test monolingual"); }
    QStringList extensions() const override { return {QStringLiteral("kv")}; }
    int detect(const QString&, const QByteArray&) const override { return 0; }

    static QHash<QString, QString> entries(const QByteArray& data)
    {
        QHash<QString, QString> result;
        for (const QByteArray& line : data.split('\n')) {
            const qsizetype tab = line.indexOf('\t');
            if (tab > 0)
                result.insert(QString::fromUtf8(line.left(tab)), QString::fromUtf8(line.mid(tab + 1)));
        }
        return result;
    }

    domain::Result<formats::ParsedDocument> read(const QByteArray& data, const QString& fileName) const override
    {
        return readPair(data, fileName, {}, {}, {});
    }

    domain::Result<formats::ParsedDocument> readPair(const QByteArray& source, const QString&,
                                                     const QByteArray& translation, const QString&,
                                                     const QString& language) const override
    {
        formats::ParsedDocument document;
        document.format = id();
        document.targetLanguage = language;
        const QHash<QString, QString> targets = entries(translation);
        for (const QByteArray& line : source.split('\n')) {
            const qsizetype tab = line.indexOf('\t');
            if (tab <= 0)
                continue;
            Segment s;
            s.key = QString::fromUtf8(line.left(tab));
            s.source = QString::fromUtf8(line.mid(tab + 1));
            s.order = int(document.segments.size() + 1);
            if (targets.contains(s.key)) {
                s.targets = {targets.value(s.key)};
                s.state = SegmentState::Translated;
            }
            document.segments.append(s);
        }
        return document;
    }

    QString translationPath(const QString& sourcePath, const QString& language) const override
    {
        return sourcePath.chopped(3) + QLatin1Char('.') + language + QStringLiteral(".kv");
    }

    domain::Result<QByteArray> write(const QByteArray& original, const QList<Segment>&, const QString&) const override
    {
        return original;
    }

    domain::Result<QByteArray> create(const formats::ParsedDocument&, const QString&) const override { return {}; }
};

// Plain literals, not raw strings: moc takes lines starting with # inside a raw string for
// preprocessor directives.
const QByteArray s_po = "msgid \"\"\n"
                        "msgstr \"\"\n"
                        "\"Language: de\\n\"\n"
                        "\"MIME-Version: 1.0\\n\"\n"
                        "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
                        "\"Content-Transfer-Encoding: 8bit\\n\"\n"
                        "\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n"
                        "\n"
                        "#. Main window title\n"
                        "#: src/main.cpp:10\n"
                        "msgid \"Open\"\n"
                        "msgstr \"Öffnen\"\n"
                        "\n"
                        "#, fuzzy\n"
                        "msgid \"Save\"\n"
                        "msgstr \"Sichern\"\n"
                        "\n"
                        "msgid \"One file\"\n"
                        "msgid_plural \"%n files\"\n"
                        "msgstr[0] \"\"\n"
                        "msgstr[1] \"\"\n";

// The same catalogue a release later: "Save" is gone, "Close" is new, the plural's English changed.
const QByteArray s_poNext = "msgid \"\"\n"
                            "msgstr \"\"\n"
                            "\"Language: de\\n\"\n"
                            "\"MIME-Version: 1.0\\n\"\n"
                            "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
                            "\"Content-Transfer-Encoding: 8bit\\n\"\n"
                            "\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n"
                            "\n"
                            "#: src/main.cpp:10\n"
                            "msgid \"Open\"\n"
                            "msgstr \"Aufmachen\"\n"
                            "\n"
                            "msgid \"Close\"\n"
                            "msgstr \"Schließen\"\n"
                            "\n"
                            "msgid \"One file\"\n"
                            "msgid_plural \"%n files found\"\n"
                            "msgstr[0] \"\"\n"
                            "msgstr[1] \"\"\n";

// Line 5 opens a string that never ends.
const QByteArray s_poBroken = "msgid \"Open\"\n"
                              "msgstr \"Öffnen\"\n"
                              "\n"
                              "msgid \"Save\"\n"
                              "msgstr \"Sichern\n";

QString describe(const domain::Error& error)
{
    return error.describe();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

// Everything import may change, as text, to compare the store before and after.
QStringList storeDump(store::Workspace& ws, const QString& projectId)
{
    QStringList lines;
    auto documents = ws.documents().listForProject(projectId);
    for (const domain::Document& d : *documents) {
        lines << QStringLiteral("doc %1 %2 %3 %4 rev %5")
                     .arg(d.name, d.targetLanguage, d.format,
                          QString::fromLatin1(ws.documents().original(d.id)->toHex()))
                     .arg(d.rev);
        const QList<Segment> segments = ws.segments().listForDocument(d.id).value_or(QList<Segment>());
        for (const Segment& s : segments)
            lines << QStringLiteral("  %1 %2 %3|%4|%5 %6 %7 %8 rev %9")
                         .arg(s.order)
                         .arg(s.key, s.source, s.sourcePlural, s.previousSource, s.targets.join(QLatin1Char('|')),
                              domain::stateName(s.state))
                         .arg(s.flags.toInt())
                         .arg(s.rev);
    }
    return lines;
}

} // namespace

class TestDocumentImporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void oneDocumentPerLanguage();
    void onlyTheLanguagesAsked();
    void reimportUpdatesByKey();
    void reimportOfPoKeepsTranslations();
    void badFileImportsNothing();
    void failingStatementImportsNothing();
    void monolingualTranslationsComeFromTheirOwnFiles();
    void exportWritesEditedTargets();
    void translatorCommentsFollowTheTargetsRule();
    void failedExportLeavesOldFile();

private:
    QString createProject(const QStringList& languages = {QStringLiteral("de"), QStringLiteral("fr")});
    QHash<QString, Segment> byKey(const QString& documentId);

    std::unique_ptr<testsupport::TempWorkspace> m_ws;
    formats::FilterRegistry m_filters;
    KeyValueFilter m_kv;
    MonolingualFilter m_mono;
};

void TestDocumentImporter::init()
{
    m_ws = std::make_unique<testsupport::TempWorkspace>();
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
}

void TestDocumentImporter::cleanup()
{
    m_ws.reset();
}

QString TestDocumentImporter::createProject(const QStringList& languages)
{
    domain::Project p;
    p.name = QStringLiteral("Larkspur");
    p.sourceLanguage = QStringLiteral("en");
    p.targetLanguages = languages;
    auto created = (*m_ws)->projects().create(p);
    return created ? created->id : QString();
}

QHash<QString, Segment> TestDocumentImporter::byKey(const QString& documentId)
{
    QHash<QString, Segment> result;
    const QList<Segment> segments = (*m_ws)->segments().listForDocument(documentId).value_or(QList<Segment>());
    for (const Segment& s : segments)
        result.insert(s.key, s);
    return result;
}

void TestDocumentImporter::oneDocumentPerLanguage()
{
    const QString projectId = createProject();
    project::DocumentImporter importer(**m_ws, m_filters);
    auto summary = importer.import(projectId, QStringLiteral("po/app.po"), s_po);
    QVERIFY2(summary, qPrintable(summary ? QString() : describe(summary.error())));
    QCOMPARE(summary->documents.size(), 2);

    for (const project::ImportedDocument& imported : summary->documents) {
        QVERIFY(imported.created);
        QCOMPARE(imported.name, QStringLiteral("po/app.po"));
        QCOMPARE(imported.format, QStringLiteral("po"));
        QCOMPARE(imported.segments, 3);
        QCOMPARE(imported.added, 3);
        auto document = (*m_ws)->documents().find(imported.id);
        QVERIFY(document);
        QCOMPARE(document->targetLanguage, imported.language);
        QCOMPARE(document->format, QStringLiteral("po"));
        QCOMPARE(*(*m_ws)->documents().original(imported.id), s_po);

        auto segments = *(*m_ws)->segments().listForDocument(imported.id);
        QCOMPARE(segments.size(), 3);
        QCOMPARE(segments.at(0).source, QStringLiteral("Open"));
        QCOMPARE(segments.at(0).context.locations, QStringList{QStringLiteral("src/main.cpp:10")});
        QCOMPARE(segments.at(2).sourcePlural, QStringLiteral("%n files"));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(segments.at(i).order, i + 1);
        if (imported.language == QLatin1String("de")) {
            // The file is German: its translations belong to the German document.
            QCOMPARE(segments.at(0).targets, QStringList{QStringLiteral("Öffnen")});
            QCOMPARE(segments.at(0).state, SegmentState::Translated);
            QCOMPARE(segments.at(1).state, SegmentState::Draft);
        } else {
            QCOMPARE(imported.language, QStringLiteral("fr"));
            QVERIFY(segments.at(0).targets.isEmpty());
            QCOMPARE(segments.at(0).state, SegmentState::New);
            QCOMPARE(segments.at(1).state, SegmentState::New);
        }
    }
}

void TestDocumentImporter::onlyTheLanguagesAsked()
{
    const QString projectId = createProject();
    project::DocumentImporter importer(**m_ws, m_filters);
    auto summary = importer.import(projectId, QStringLiteral("app.po"), s_po, {QStringLiteral("FR")});
    QVERIFY2(summary, qPrintable(summary ? QString() : describe(summary.error())));
    QCOMPARE(summary->documents.size(), 1);
    QCOMPARE(summary->documents.first().language, QStringLiteral("fr")); // the project's spelling

    auto unknown = importer.import(projectId, QStringLiteral("app.po"), s_po, {QStringLiteral("it")});
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, ErrorCode::InvalidInput);
    QVERIFY2(unknown.error().message.contains(QLatin1String("it")), qPrintable(describe(unknown.error())));
    QCOMPARE((*m_ws)->documents().listForProject(projectId)->size(), 1);

    auto notAFormat = importer.import(projectId, QStringLiteral("notes.txt"), "just some words\n");
    QVERIFY(!notAFormat);
    QCOMPARE(notAFormat.error().code, ErrorCode::InvalidInput);
    QCOMPARE(notAFormat.error().file, QStringLiteral("notes.txt"));
}

void TestDocumentImporter::reimportUpdatesByKey()
{
    const QString projectId = createProject({QStringLiteral("de")});
    project::DocumentImporter importer(**m_ws, m_filters);
    const QString name = QStringLiteral("strings.kv");
    auto first = importer.import(projectId, name, "a\tHello\tHallo\nb\tWorld\nc\tBye\tTschüss\n", {}, &m_kv);
    QVERIFY2(first, qPrintable(first ? QString() : describe(first.error())));
    const QString documentId = first->documents.first().id;
    const qint64 documentRev = (*m_ws)->documents().find(documentId)->rev;
    const QHash<QString, Segment> before = byKey(documentId);
    auto edited = (*m_ws)->segments().applyEdit(
        {before.value(QStringLiteral("b")).id, {QStringLiteral("Welt")}, SegmentState::Translated, 0, {}});
    QVERIFY(edited);

    // a's source changed, b is as it was, c is gone, d is new.
    auto second =
        importer.import(projectId, name, "a\tHello there\tHallo da\nb\tWorld\tErde\nd\tNew\tNeu\n", {}, &m_kv);
    QVERIFY2(second, qPrintable(second ? QString() : describe(second.error())));
    QCOMPARE(second->documents.size(), 1);
    const project::ImportedDocument& summary = second->documents.first();
    QCOMPARE(summary.id, documentId);
    QVERIFY(!summary.created);
    QCOMPARE(summary.segments, 3);
    QCOMPARE(summary.added, 1);
    QCOMPARE(summary.updated, 1);
    QCOMPARE(summary.obsoleted, 1);
    QCOMPARE((*m_ws)->documents().find(documentId)->rev, documentRev + 1); // its file changed
    QCOMPARE(*(*m_ws)->documents().original(documentId),
             QByteArray("a\tHello there\tHallo da\nb\tWorld\tErde\nd\tNew\tNeu\n"));

    QHash<QString, Segment> after = byKey(documentId);
    QCOMPARE(after.size(), 4); // nothing is deleted
    const Segment a = after.value(QStringLiteral("a"));
    QCOMPARE(a.id, before.value(QStringLiteral("a")).id);
    QCOMPARE(a.source, QStringLiteral("Hello there"));
    QCOMPARE(a.previousSource, QStringLiteral("Hello"));
    QCOMPARE(a.targets, QStringList{QStringLiteral("Hallo")}); // kept, not the file's
    QVERIFY(a.flags.testFlag(SegmentFlag::NeedsWork));
    QCOMPARE(a.rev, before.value(QStringLiteral("a")).rev + 1);

    const Segment b = after.value(QStringLiteral("b"));
    QCOMPARE(b.targets, QStringList{QStringLiteral("Welt")}); // the edit wins over the file
    QCOMPARE(b.rev, edited->rev);                             // untouched
    QCOMPARE(b.flags, domain::SegmentFlags());

    const Segment c = after.value(QStringLiteral("c"));
    QVERIFY(c.flags.testFlag(SegmentFlag::Obsolete));
    QCOMPARE(c.targets, QStringList{QStringLiteral("Tschüss")});
    QCOMPARE(c.order, 4); // after everything the file has

    const Segment d = after.value(QStringLiteral("d"));
    QCOMPARE(d.targets, QStringList{QStringLiteral("Neu")}); // new: the file's translation is taken
    QCOMPARE(d.state, SegmentState::Translated);
    QCOMPARE(d.order, 3);
    QCOMPARE(after.value(QStringLiteral("b")).order, 2);

    // Changed again before anyone looked: the diff still starts from the source that was translated.
    // c comes back.
    auto third = importer.import(projectId, name, "a\tHello again\nb\tWorld\nc\tBye\nd\tNew\n", {}, &m_kv);
    QVERIFY2(third, qPrintable(third ? QString() : describe(third.error())));
    QCOMPARE(third->documents.first().added, 0);
    QCOMPARE(third->documents.first().updated, 2);
    QCOMPARE(third->documents.first().obsoleted, 0);
    after = byKey(documentId);
    QCOMPARE(after.value(QStringLiteral("a")).previousSource, QStringLiteral("Hello"));
    QCOMPARE(after.value(QStringLiteral("a")).source, QStringLiteral("Hello again"));
    QVERIFY(!after.value(QStringLiteral("c")).flags.testFlag(SegmentFlag::Obsolete));
    QCOMPARE(after.value(QStringLiteral("c")).targets, QStringList{QStringLiteral("Tschüss")});
    QCOMPARE(after.value(QStringLiteral("c")).order, 3);
    QCOMPARE(*(*m_ws)->documents().original(documentId), QByteArray("a\tHello again\nb\tWorld\nc\tBye\nd\tNew\n"));

    // The same file once more changes nothing.
    const QStringList settled = storeDump(**m_ws, projectId);
    auto again = importer.import(projectId, name, "a\tHello again\nb\tWorld\nc\tBye\nd\tNew\n", {}, &m_kv);
    QVERIFY(again);
    QCOMPARE(again->documents.first().updated, 0);
    QCOMPARE(storeDump(**m_ws, projectId), settled);
}

void TestDocumentImporter::reimportOfPoKeepsTranslations()
{
    const QString projectId = createProject({QStringLiteral("de")});
    project::DocumentImporter importer(**m_ws, m_filters);
    auto first = importer.import(projectId, QStringLiteral("app.po"), s_po);
    QVERIFY2(first, qPrintable(first ? QString() : describe(first.error())));
    const QString documentId = first->documents.first().id;
    auto second = importer.import(projectId, QStringLiteral("app.po"), s_poNext);
    QVERIFY2(second, qPrintable(second ? QString() : describe(second.error())));
    QCOMPARE(second->documents.first().added, 1);
    QCOMPARE(second->documents.first().obsoleted, 1);

    const QHash<QString, Segment> after = byKey(documentId);
    QCOMPARE(after.value(QStringLiteral("Open")).targets, QStringList{QStringLiteral("Öffnen")});
    QVERIFY(after.value(QStringLiteral("Save")).flags.testFlag(SegmentFlag::Obsolete));
    QCOMPARE(after.value(QStringLiteral("Close")).targets, QStringList{QStringLiteral("Schließen")});
    const Segment plural = after.value(QStringLiteral("One file"));
    QCOMPARE(plural.sourcePlural, QStringLiteral("%n files found"));
    QCOMPARE(plural.previousSource, QStringLiteral("One file"));
    QVERIFY(plural.flags.testFlag(SegmentFlag::NeedsWork));
}

void TestDocumentImporter::badFileImportsNothing()
{
    const QString projectId = createProject();
    project::DocumentImporter importer(**m_ws, m_filters);
    auto broken = importer.import(projectId, QStringLiteral("po/broken.po"), s_poBroken);
    QVERIFY(!broken);
    QCOMPARE(broken.error().code, ErrorCode::InvalidInput);
    QCOMPARE(broken.error().file, QStringLiteral("po/broken.po"));
    QVERIFY2(broken.error().line >= 5, qPrintable(describe(broken.error())));
    QCOMPARE((*m_ws)->documents().listForProject(projectId)->size(), 0);

    // A broken re-import changes nothing of what is there.
    QVERIFY(importer.import(projectId, QStringLiteral("strings.kv"), "a\tHello\nb\tWorld\n", {}, &m_kv));
    const QStringList before = storeDump(**m_ws, projectId);
    auto bad = importer.import(projectId, QStringLiteral("strings.kv"), "a\tHello there\nb World\n", {}, &m_kv);
    QVERIFY(!bad);
    QCOMPARE(bad.error().line, 2);
    QCOMPARE(storeDump(**m_ws, projectId), before);
}

void TestDocumentImporter::failingStatementImportsNothing()
{
    const QString projectId = createProject();
    project::DocumentImporter importer(**m_ws, m_filters);
    const QString name = QStringLiteral("strings.kv");
    QVERIFY(importer.import(projectId, name, "a\tHello\tHallo\nb\tWorld\nc\tBye\n", {}, &m_kv));
    const QByteArray next = "a\tHello there\nb\tWorld\tWelt\nd\tNew\n";
    store::Database& db = (*m_ws)->database();

    // Count the statements of a re-import (on a copy of the situation), then fail each in turn.
    int statements = 0;
    {
        testsupport::TempWorkspace probe;
        domain::Project p;
        p.name = QStringLiteral("Probe");
        p.sourceLanguage = QStringLiteral("en");
        p.targetLanguages = {QStringLiteral("de"), QStringLiteral("fr")};
        const QString probeId = probe->projects().create(p)->id;
        project::DocumentImporter probeImporter(*probe, m_filters);
        QVERIFY(probeImporter.import(probeId, name, "a\tHello\tHallo\nb\tWorld\nc\tBye\n", {}, &m_kv));
        probe->database().failStatement(0);
        QVERIFY(probeImporter.import(probeId, name, next, {}, &m_kv));
        statements = probe->database().statementsExecuted();
    }
    QVERIFY(statements > 10);
    const QStringList before = storeDump(**m_ws, projectId);
    for (int i = 1; i <= statements; ++i) {
        db.failStatement(i);
        auto result = importer.import(projectId, name, next, {}, &m_kv);
        db.failStatement(0);
        QVERIFY2(
            !result,
            qPrintable(QStringLiteral("statement %1 of %2 failed, yet the import succeeded").arg(i).arg(statements)));
        QCOMPARE(storeDump(**m_ws, projectId), before);
    }
    QVERIFY(importer.import(projectId, name, next, {}, &m_kv));
    QVERIFY(storeDump(**m_ws, projectId) != before);
}

void TestDocumentImporter::monolingualTranslationsComeFromTheirOwnFiles()
{
    const QString projectId = createProject();
    project::DocumentImporter importer(**m_ws, m_filters);
    const QByteArray source = "a\tHello\nb\tWorld\n";
    const QByteArray german = "a\tHallo\nz\tNur im Deutschen\n";
    QStringList asked;
    const auto files = [&](const formats::Filter& filter,
                           const QString& language) -> domain::Result<std::optional<QByteArray>> {
        const QString path = filter.translationPath(QStringLiteral("res/strings.kv"), language);
        asked.append(path);
        if (path == QLatin1StringView("res/strings.de.kv"))
            return german;
        return std::nullopt;
    };
    auto imported = importer.import(projectId, QStringLiteral("res/strings.kv"), source, {}, &m_mono, files);
    QVERIFY2(imported, qPrintable(imported ? QString() : describe(imported.error())));
    // German is found at once; French is asked under each name a project may give it (fr, then the
    // English name that old .lproj folders use).
    QCOMPARE(asked, (QStringList{QStringLiteral("res/strings.de.kv"), QStringLiteral("res/strings.fr.kv"),
                                 QStringLiteral("res/strings.French.kv")}));
    QCOMPARE(imported->documents.size(), 2);

    const auto& de = imported->documents.at(0);
    QCOMPARE(de.name, QStringLiteral("res/strings.kv"));
    QCOMPARE(de.language, QStringLiteral("de"));
    QCOMPARE(de.segments, 2);
    const QHash<QString, Segment> germanSegments = byKey(de.id);
    QCOMPARE(germanSegments.value(QStringLiteral("a")).targets, QStringList{QStringLiteral("Hallo")});
    QCOMPARE(germanSegments.value(QStringLiteral("a")).state, SegmentState::Translated);
    QCOMPARE(germanSegments.value(QStringLiteral("b")).state, SegmentState::New);
    // Both files are kept: export writes the translation file from them.
    QCOMPARE(*(*m_ws)->documents().original(de.id), source);
    QCOMPARE(*(*m_ws)->documents().translation(de.id), german);

    const auto& fr = imported->documents.at(1);
    const QHash<QString, Segment> frenchSegments = byKey(fr.id);
    QCOMPARE(frenchSegments.size(), 2);
    QCOMPARE(frenchSegments.value(QStringLiteral("a")).state, SegmentState::New);
    QCOMPARE(*(*m_ws)->documents().original(fr.id), source);
    QCOMPARE(*(*m_ws)->documents().translation(fr.id), QByteArray()); // no French file yet

    // A translation file that cannot be read fails the import, and nothing is written.
    const auto broken = [&](const formats::Filter& filter,
                            const QString& language) -> domain::Result<std::optional<QByteArray>> {
        return std::unexpected(domain::Error{ErrorCode::InvalidInput,
                                             QStringLiteral("cannot read"),
                                             filter.translationPath(QStringLiteral("res/other.kv"), language),
                                             0,
                                             0,
                                             {}});
    };
    auto failed = importer.import(projectId, QStringLiteral("res/other.kv"), source, {}, &m_mono, broken);
    QVERIFY(!failed);
    QCOMPARE(failed.error().file, QStringLiteral("res/other.de.kv"));
    QCOMPARE((*m_ws)->documents().listForProject(projectId)->size(), 2);
}

void TestDocumentImporter::exportWritesEditedTargets()
{
    const QString projectId = createProject({QStringLiteral("de")});
    project::DocumentImporter importer(**m_ws, m_filters);
    auto imported = importer.import(projectId, QStringLiteral("po/app.po"), s_po);
    QVERIFY2(imported, qPrintable(imported ? QString() : describe(imported.error())));
    const QString documentId = imported->documents.first().id;
    project::DocumentExporter exporter(**m_ws, m_filters);
    QTemporaryDir dir;

    // No edits: the file comes back byte for byte, into folders made on the way.
    const QString path = dir.filePath(QStringLiteral("out/de/po/app.po"));
    auto unchanged = exporter.exportTo(documentId, path);
    QVERIFY2(unchanged, qPrintable(unchanged ? QString() : describe(unchanged.error())));
    QCOMPARE(readAll(path), s_po);

    const Segment open = byKey(documentId).value(QStringLiteral("Open"));
    QVERIFY((*m_ws)->segments().applyEdit({open.id, {QStringLiteral("Öffnen…")}, SegmentState::Translated, -1, {}}));
    auto edited = exporter.exportTo(documentId, path);
    QVERIFY2(edited, qPrintable(edited ? QString() : describe(edited.error())));
    const QByteArray written = readAll(path);
    QVERIFY2(written.contains("msgid \"Open\"\nmsgstr \"Öffnen…\"\n"), written.constData());
    QVERIFY(!written.contains("msgstr \"Öffnen\"\n"));
    QVERIFY(written.contains("msgid \"Save\"\nmsgstr \"Sichern\"\n"));
    QCOMPARE(QDir(dir.filePath(QStringLiteral("out/de/po"))).entryList(QDir::Files),
             QStringList{QStringLiteral("app.po")});
}

void TestDocumentImporter::translatorCommentsFollowTheTargetsRule()
{
    const QByteArray header = "msgid \"\"\n"
                              "msgstr \"\"\n"
                              "\"Language: de\\n\"\n"
                              "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
                              "\n";
    const QByteArray v1 = header + "# menu entry\n"
                                   "#: src/main.cpp:10\n"
                                   "msgid \"Open\"\n"
                                   "msgstr \"Öffnen\"\n"
                                   "\n"
                                   "# old note\n"
                                   "msgid \"Save\"\n"
                                   "msgstr \"Sichern\"\n"
                                   "\n"
                                   "msgid \"Close\"\n"
                                   "msgstr \"Schließen\"\n";
    const QString projectId = createProject({QStringLiteral("de"), QStringLiteral("fr")});
    project::DocumentImporter importer(**m_ws, m_filters);
    auto first = importer.import(projectId, QStringLiteral("app.po"), v1);
    QVERIFY2(first, qPrintable(first ? QString() : describe(first.error())));
    const QString de = first->documents.at(0).id;
    const QString fr = first->documents.at(1).id;
    QCOMPARE(byKey(de).value(QStringLiteral("Open")).translatorComment, QStringLiteral("menu entry"));
    // The German translator's comment is not the French document's, like the German targets.
    QCOMPARE(byKey(fr).value(QStringLiteral("Open")).translatorComment, QString());

    const Segment save = byKey(de).value(QStringLiteral("Save"));
    store::SegmentEdit edit{save.id, save.targets, std::nullopt, save.rev, {}};
    edit.translatorComment = QStringLiteral("edited in Tessera");
    QVERIFY((*m_ws)->segments().applyEdit(edit));

    // The file changes every comment: only the segment that had none takes the file's.
    QByteArray v2 = v1;
    v2.replace("# menu entry\n", "# menu entry, File menu\n")
        .replace("# old note\n", "# the file's new note\n")
        .replace("msgid \"Close\"", "# added in the file\nmsgid \"Close\"");
    auto second = importer.import(projectId, QStringLiteral("app.po"), v2, {QStringLiteral("de")});
    QVERIFY2(second, qPrintable(second ? QString() : describe(second.error())));
    QCOMPARE(second->documents.first().updated, 1);
    const QHash<QString, Segment> after = byKey(de);
    QCOMPARE(after.value(QStringLiteral("Open")).translatorComment, QStringLiteral("menu entry"));
    QCOMPARE(after.value(QStringLiteral("Save")).translatorComment, QStringLiteral("edited in Tessera"));
    QCOMPARE(after.value(QStringLiteral("Close")).translatorComment, QStringLiteral("added in the file"));

    // Export writes Tessera's comments over the file's, in place, and nothing else changes.
    project::DocumentExporter exporter(**m_ws, m_filters);
    auto written = exporter.render(de);
    QVERIFY2(written, qPrintable(written ? QString() : describe(written.error())));
    QByteArray expected = v2;
    expected.replace("# menu entry, File menu\n", "# menu entry\n")
        .replace("# the file's new note\n", "# edited in Tessera\n");
    QCOMPARE(QString::fromUtf8(*written), QString::fromUtf8(expected));
}

void TestDocumentImporter::failedExportLeavesOldFile()
{
    const QString projectId = createProject({QStringLiteral("de")});
    project::DocumentImporter importer(**m_ws, m_filters);
    auto imported = importer.import(projectId, QStringLiteral("app.po"), s_po);
    QVERIFY(imported);
    const QString documentId = imported->documents.first().id;
    project::DocumentExporter exporter(**m_ws, m_filters);
    QTemporaryDir dir;

    // The folder to write into is a file: an error, and the file is as it was.
    const QString blocker = dir.filePath(QStringLiteral("blocker"));
    {
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a folder\n");
    }
    auto intoFile = exporter.exportTo(documentId, blocker + QStringLiteral("/app.po"));
    QVERIFY(!intoFile);
    QCOMPARE(intoFile.error().code, ErrorCode::Io);
    QVERIFY2(intoFile.error().message.contains(blocker), qPrintable(describe(intoFile.error())));
    QCOMPARE(readAll(blocker), QByteArray("not a folder\n"));

    // An export that fails after an edit leaves the previous export in place, and no stray files.
    const QString path = dir.filePath(QStringLiteral("out/app.po"));
    QVERIFY(exporter.exportTo(documentId, path));
    const Segment open = byKey(documentId).value(QStringLiteral("Open"));
    QVERIFY((*m_ws)->segments().applyEdit({open.id, {QStringLiteral("Auf")}, SegmentState::Translated, -1, {}}));
    QVERIFY((*m_ws)->database().exec("UPDATE documents SET format = 'no-such-format'"));
    auto noFilter = exporter.exportTo(documentId, path);
    QVERIFY(!noFilter);
    QVERIFY2(noFilter.error().message.contains(QLatin1String("no-such-format")),
             qPrintable(describe(noFilter.error())));
    QCOMPARE(readAll(path), s_po);
    QVERIFY((*m_ws)->database().exec("UPDATE documents SET format = 'po'"));

    if (geteuid() != 0) { // root writes into read-only folders anyway
        QFile::setPermissions(dir.filePath(QStringLiteral("out")), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        auto readOnly = exporter.exportTo(documentId, path);
        QFile::setPermissions(dir.filePath(QStringLiteral("out")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(!readOnly);
        QCOMPARE(readOnly.error().code, ErrorCode::Io);
        QCOMPARE(readAll(path), s_po);
    }
    QCOMPARE(QDir(dir.filePath(QStringLiteral("out"))).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("app.po")});
    QVERIFY(exporter.exportTo(documentId, path));
    QVERIFY(readAll(path).contains("msgstr \"Auf\"\n"));
}

QTEST_GUILESS_MAIN(TestDocumentImporter)
#include "TestDocumentImporter.moc"
