// Tests the export that writes straight into its file, reading the segments from the store as the
// writer meets the file's entries: on every real PO, XLIFF and TS file it gives the bytes the
// whole-file writer gives (with edits, and with the store's order not the file's), and an export that
// fails halfway (a store read refused, a write the device refuses) leaves the old file as it was.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "ExportFaults.h"
#include "FullDevice.h"
#include "TempWorkspace.h"
#include "TestData.h"
#include "domain/Project.h"
#include "formats/ByteOutput.h"
#include "formats/Filter.h"
#include "formats/FilterRegistry.h"
#include "project/DocumentExporter.h"
#include "project/DocumentImporter.h"
#include "project/FileSaver.h"
#include "store/Database.h"
#include "store/DocumentRepository.h"
#include "store/ProjectRepository.h"
#include "store/SegmentCursor.h"
#include "store/SegmentRepository.h"
#include "store/Statement.h"

using namespace tessera;
using domain::Segment;
using domain::SegmentState;
using testsupport::errorText;
using testsupport::FullDevice;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

} // namespace

class TestStreamedExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sameBytesAsTheWholeFileWriter_data();
    void sameBytesAsTheWholeFileWriter();
    void failedStoreReadLeavesOldFile_data();
    void failedStoreReadLeavesOldFile();
    void refusedWriteFailsTheExport_data();
    void refusedWriteFailsTheExport();
    void readsOneSnapshotOfTheStore();

private:
    void files();
    // The file imported into a new project for its own language (German when it names none);
    // `utf16`: as UTF-16LE with a byte order mark.
    QString import(const QString& folder, const QString& name, bool utf16 = false);
    // What export wrote before it streamed: the filter's whole-file write of the listed segments.
    QByteArray wholeFileExport(const QString& documentId);
    // Every third segment edited: its targets, its state, and every fifth its translator comment.
    void edit(const QString& documentId);

    std::unique_ptr<testsupport::TempWorkspace> m_ws;
    formats::FilterRegistry m_filters;
};

void TestStreamedExport::init()
{
    m_ws = std::make_unique<testsupport::TempWorkspace>();
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
}

void TestStreamedExport::cleanup()
{
    m_ws.reset();
}

void TestStreamedExport::files()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("utf16");
    const QList<std::pair<QString, QString>> folders = {{QStringLiteral("po"), QStringLiteral("*.po")},
                                                        {QStringLiteral("xliff"), QStringLiteral("*.xlf")},
                                                        {QStringLiteral("ts"), QStringLiteral("*.ts")}};
    for (const auto& [folder, pattern] : folders) {
        const QStringList names = QDir(testsupport::testDataDir(folder)).entryList({pattern}, QDir::Files);
        QVERIFY(!names.isEmpty());
        for (const QString& name : names)
            QTest::newRow(qPrintable(folder + QLatin1Char('/') + name)) << folder << name << false;
    }
    // XML files in UTF-16 are written as UTF-8 and converted back at the end.
    for (const auto& [folder, name] :
         QList<std::pair<QString, QString>>{{QStringLiteral("xliff"), QStringLiteral("software-properties-de.xlf")},
                                            {QStringLiteral("xliff"), QStringLiteral("xliff2-ng-bootstrap.xlf")},
                                            {QStringLiteral("ts"), QStringLiteral("tessera_de.ts")}})
        QTest::newRow(qPrintable(folder + QLatin1Char('/') + name + QStringLiteral(" as UTF-16")))
            << folder << name << true;
}

QString TestStreamedExport::import(const QString& folder, const QString& name, bool utf16)
{
    QByteArray data = testsupport::readTestData(folder, name);
    if (data.isEmpty())
        return {};
    if (utf16) {
        QString text = QString::fromUtf8(data);
        text.replace(QStringLiteral("encoding=\"UTF-8\""), QStringLiteral("encoding=\"UTF-16\""), Qt::CaseInsensitive);
        data = QByteArray("\xFF\xFE") + QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    }
    const formats::Filter* filter = m_filters.detect(name, data.left(4096));
    auto parsed = filter ? filter->read(data, name) : domain::Result<formats::ParsedDocument>();
    domain::Project project;
    project.name = QStringLiteral("Larkspur");
    project.sourceLanguage = QStringLiteral("en");
    project.targetLanguages = {parsed && !parsed->targetLanguage.isEmpty() ? parsed->targetLanguage
                                                                           : QStringLiteral("de")};
    auto created = (*m_ws)->projects().create(project);
    if (!created)
        return {};
    project::DocumentImporter importer(**m_ws, m_filters);
    auto imported = importer.import(created->id, name, data);
    if (!imported) {
        qWarning("%s", qPrintable(imported.error().describe()));
        return {};
    }
    return imported->documents.first().id;
}

QByteArray TestStreamedExport::wholeFileExport(const QString& documentId)
{
    auto document = (*m_ws)->documents().find(documentId);
    const formats::Filter* filter = m_filters.byId(document->format);
    QList<Segment> segments = filter->writesTranslationsOnly() ? *(*m_ws)->segments().listTranslations(documentId)
                                                               : *(*m_ws)->segments().listForDocument(documentId);
    segments.removeIf([](const Segment& s) { return s.flags.testFlag(domain::SegmentFlag::Obsolete); });
    auto bytes = filter->writeDocument(*(*m_ws)->documents().original(documentId), segments, document->name,
                                       document->targetLanguage);
    return bytes ? *bytes : QByteArray("<error> ") + errorText(bytes).toUtf8();
}

void TestStreamedExport::edit(const QString& documentId)
{
    const QList<Segment> segments = *(*m_ws)->segments().listForDocument(documentId);
    int n = 0;
    for (const Segment& s : segments) {
        if (s.flags.testFlag(domain::SegmentFlag::Obsolete) || n++ % 3 != 0)
            continue;
        QStringList targets = s.targets.isEmpty() ? QStringList{QString()} : s.targets;
        for (QString& target : targets)
            target = QStringLiteral("edited %1 ").arg(n) + target;
        store::SegmentEdit change{s.id, targets, n % 2 ? SegmentState::Translated : SegmentState::Draft, -1, {}};
        if (n % 5 == 1)
            change.translatorComment = QStringLiteral("checked %1").arg(n);
        auto edited = (*m_ws)->segments().applyEdit(change);
        QVERIFY2(edited, qPrintable(errorText(edited)));
    }
}

void TestStreamedExport::sameBytesAsTheWholeFileWriter_data()
{
    files();
}

void TestStreamedExport::sameBytesAsTheWholeFileWriter()
{
    QFETCH(QString, folder);
    QFETCH(QString, name);
    QFETCH(bool, utf16);
    const QString documentId = import(folder, name, utf16);
    QVERIFY(!documentId.isEmpty());
    project::DocumentExporter exporter(**m_ws, m_filters);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out/") + name);

    // As imported, after edits, and with the store's order the reverse of the file's (every entry
    // then comes out of the cursor's order and is looked up by key).
    for (const char* step : {"as imported", "edited", "reversed"}) {
        if (qstrcmp(step, "edited") == 0)
            edit(documentId);
        if (qstrcmp(step, "reversed") == 0) {
            auto reversed = (*m_ws)->database().prepare("UPDATE segments SET ord = -ord WHERE document_id = ?");
            QVERIFY(reversed);
            QVERIFY((*reversed)->bindAll(documentId).run());
        }
        const QByteArray expected = wholeFileExport(documentId);
        QVERIFY2(!expected.startsWith("<error>"), expected.constData());
        auto exported = exporter.exportTo(documentId, path);
        QVERIFY2(exported, qPrintable(step + QStringLiteral(": ") + errorText(exported)));
        const QByteArray written = readAll(path);
        QCOMPARE(written.startsWith("\xFF\xFE"), utf16);
        const QString difference = testsupport::firstDifference(written, expected);
        if (!difference.isEmpty())
            QFAIL(qPrintable(QLatin1String(step) + QStringLiteral(": ") + difference));
        auto rendered = exporter.render(documentId);
        QVERIFY2(rendered, qPrintable(errorText(rendered)));
        QVERIFY(*rendered == expected);
    }
}

void TestStreamedExport::failedStoreReadLeavesOldFile_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("name");
    QTest::newRow("po") << QStringLiteral("po") << QStringLiteral("glib20-de.po");
    QTest::newRow("xliff 1.2") << QStringLiteral("xliff") << QStringLiteral("kodi-estuary-en_gb.xlf");
    QTest::newRow("ts") << QStringLiteral("ts") << QStringLiteral("kodi-estuary_de.ts");
}

void TestStreamedExport::failedStoreReadLeavesOldFile()
{
    QFETCH(QString, folder);
    QFETCH(QString, name);
    const QString documentId = import(folder, name);
    QVERIFY(!documentId.isEmpty());
    project::DocumentExporter exporter(**m_ws, m_filters);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QVERIFY(exporter.exportTo(documentId, path));
    const QByteArray old = readAll(path);

    // Out of order, every entry is a read of its own: a refused read can come anywhere in the file.
    edit(documentId);
    auto reversed = (*m_ws)->database().prepare("UPDATE segments SET ord = -ord WHERE document_id = ?");
    QVERIFY(reversed);
    QVERIFY((*reversed)->bindAll(documentId).run());
    store::Database& db = (*m_ws)->database();
    const QString workspaceFolder = QFileInfo((*m_ws)->databasePath()).absolutePath();
    db.failStatement(0);
    QVERIFY(exporter.render(documentId));
    const int statements = db.statementsExecuted();
    // A streaming writer reads once per entry, so a failure halfway is one halfway through the file;
    // a filter that does not stream (Filter::writeTo's default) reads the list once, before it writes.
    const bool streams = m_filters.byId((*m_ws)->documents().find(documentId)->format)->writesStreamed();
    QVERIFY(streams ? statements > 10 : statements >= 1);
    testsupport::checkRefusedReadsLeaveTheOldFile(db, exporter, documentId, path, old, statements, workspaceFolder);
    if (QTest::currentTestFailed())
        return;
    // Once the store answers again, the export is written.
    QVERIFY(exporter.exportTo(documentId, path));
    QVERIFY(readAll(path) == wholeFileExport(documentId));
    QVERIFY(readAll(path) != old);
}

void TestStreamedExport::refusedWriteFailsTheExport_data()
{
    failedStoreReadLeavesOldFile_data();
}

void TestStreamedExport::refusedWriteFailsTheExport()
{
    QFETCH(QString, folder);
    QFETCH(QString, name);
    const QString documentId = import(folder, name);
    QVERIFY(!documentId.isEmpty());
    edit(documentId);
    const QByteArray whole = wholeFileExport(documentId);
    auto document = (*m_ws)->documents().find(documentId);
    const formats::Filter* filter = m_filters.byId(document->format);
    const QList<Segment> segments = *(*m_ws)->segments().listForDocument(documentId);
    const QByteArray original = *(*m_ws)->documents().original(documentId);

    // The device fills up halfway through: the writer fails with the device's reason.
    FullDevice full(whole.size() / 2);
    formats::SegmentList source(segments);
    auto failed = filter->writeTo(full, original, source, document->name, document->targetLanguage);
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, domain::ErrorCode::Io);
    QVERIFY2(failed.error().message.contains(QLatin1String("No space left on device")), qPrintable(errorText(failed)));
    QVERIFY(whole.startsWith(full.written));

    // Through FileSaver the half-written file is thrown away, the old one kept, with the device's
    // reason and the path in the error.
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QVERIFY(project::FileSaver::save(path, QByteArray("old file\n")));
    auto saved = project::FileSaver::save(path, [&](QIODevice& file) -> domain::Result<void> {
        formats::SegmentList again(segments);
        auto written = filter->writeTo(file, original, again, document->name, document->targetLanguage);
        if (!written)
            return written;
        return domain::fail(domain::ErrorCode::Io, QStringLiteral("the disk filled up"));
    });
    QVERIFY(!saved);
    QCOMPARE(saved.error().message, QStringLiteral("the disk filled up"));
    QCOMPARE(readAll(path), QByteArray("old file\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{name});

    // Folders made for a save that fails are taken away again.
    project::DocumentExporter exporter(**m_ws, m_filters);
    (*m_ws)->database().failStatement(3);
    auto intoNewFolder = exporter.exportTo(documentId, dir.filePath(QStringLiteral("new/de/") + name));
    (*m_ws)->database().failStatement(0);
    QVERIFY(!intoNewFolder);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{name});
}

void TestStreamedExport::readsOneSnapshotOfTheStore()
{
    const QString documentId = import(QStringLiteral("po"), QStringLiteral("grep-cs.po"));
    QVERIFY(!documentId.isEmpty());
    QList<Segment> segments = *(*m_ws)->segments().listTranslations(documentId);
    QVERIFY(segments.size() > 10);
    const QString first = segments.first().key;
    auto other = store::Database::open((*m_ws)->database().path(), store::Database::Access::ReadWrite);
    QVERIFY2(other, qPrintable(errorText(other)));
    const auto changeFirst = [&] {
        auto update = (*other)->prepare("UPDATE segments SET targets = '[\"changed elsewhere\"]' WHERE document_id = ? "
                                        "AND key = ?");
        QVERIFY(update);
        QVERIFY((*update)->bindAll(documentId, first).run());
    };

    store::Database& db = (*m_ws)->database();
    auto read = db.snapshot([&]() -> domain::Result<void> {
        store::SegmentCursor cursor(db, documentId, true);
        // In the store's order every key is the cursor's next one: no lookups.
        for (const Segment& s : std::as_const(segments)) {
            auto found = cursor.find(s.key);
            if (!found || !*found || (*found)->targets != s.targets)
                return domain::fail(domain::ErrorCode::Internal, QStringLiteral("not as listed: ") + s.key);
        }
        if (cursor.lookups() != 0)
            return domain::fail(domain::ErrorCode::Internal, QStringLiteral("looked up in order"));
        // Another connection commits a change; the cursor has ended, so this is a lookup by key, and
        // it still sees the store as it was when the export began.
        changeFirst();
        auto again = cursor.find(first);
        if (!again || !*again || (*again)->targets != segments.first().targets || cursor.lookups() != 1)
            return domain::fail(domain::ErrorCode::Internal, QStringLiteral("saw a later commit"));
        // A key the document does not have is none, not an error.
        auto none = cursor.find(QStringLiteral("no such key"));
        if (!none || *none)
            return domain::fail(domain::ErrorCode::Internal, QStringLiteral("found a missing key"));
        return {};
    });
    QVERIFY2(read, qPrintable(errorText(read)));
    store::SegmentCursor after(db, documentId, true);
    auto changed = after.find(first);
    QVERIFY(changed && *changed);
    QCOMPARE((*changed)->targets, QStringList{QStringLiteral("changed elsewhere")});
}

QTEST_GUILESS_MAIN(TestStreamedExport)
#include "TestStreamedExport.moc"
