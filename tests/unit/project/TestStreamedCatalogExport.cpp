// Tests the export of a String Catalog's languages together (DocumentExporter::exportTogether), which
// streams: on the real catalog imported for three languages (one the file has, two it has not) and
// edited, the file written is byte for byte what the chain of writePair calls wrote before, the
// segments of every language are read by cursors open side by side in one snapshot, each in its
// document's order (no lookups by key), and a file that cannot be saved leaves the old one alone.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "TempWorkspace.h"
#include "TestData.h"
#include "domain/Project.h"
#include "formats/Filter.h"
#include "formats/FilterRegistry.h"
#include "project/DocumentExporter.h"
#include "project/DocumentImporter.h"
#include "store/Database.h"
#include "store/DocumentRepository.h"
#include "store/ProjectRepository.h"
#include "store/SegmentCursor.h"
#include "store/SegmentRepository.h"

using namespace tessera;
using domain::Segment;
using domain::SegmentState;
using testsupport::errorText;

class TestStreamedCatalogExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sameBytesAsTheWritePairChain();
    void cursorsSideBySide();

private:
    // todoapp.xcstrings imported for en (in the file), de and fr: the documents' ids.
    QStringList import();
    // Every third segment of the document that is not locked edited (targets and state).
    void edit(const QString& documentId, const QString& word);
    // What exportTogether wrote before it streamed.
    QByteArray chain(const QStringList& documentIds);

    std::unique_ptr<testsupport::TempWorkspace> m_ws;
    formats::FilterRegistry m_filters;
};

void TestStreamedCatalogExport::init()
{
    m_ws = std::make_unique<testsupport::TempWorkspace>();
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
}

void TestStreamedCatalogExport::cleanup()
{
    m_ws.reset();
}

QStringList TestStreamedCatalogExport::import()
{
    const QByteArray data = testsupport::readTestData(QStringLiteral("xcstrings"), QStringLiteral("todoapp.xcstrings"));
    domain::Project project;
    project.name = QStringLiteral("Todo");
    project.sourceLanguage = QStringLiteral("ja");
    project.targetLanguages = {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
    auto created = (*m_ws)->projects().create(project);
    if (!created)
        return {};
    project::DocumentImporter importer(**m_ws, m_filters);
    auto imported = importer.import(created->id, QStringLiteral("app/Localizable.xcstrings"), data);
    if (!imported) {
        qWarning("%s", qPrintable(imported.error().describe()));
        return {};
    }
    QStringList ids;
    for (const project::ImportedDocument& document : imported->documents)
        ids.append(document.id);
    return ids;
}

void TestStreamedCatalogExport::edit(const QString& documentId, const QString& word)
{
    const QList<Segment> segments = *(*m_ws)->segments().listForDocument(documentId);
    int n = 0;
    for (const Segment& s : segments) {
        if (s.flags.testFlag(domain::SegmentFlag::Locked) || n++ % 3 != 0)
            continue; // locked: shouldTranslate false
        QStringList targets = s.targets.isEmpty() ? QStringList{QString()} : s.targets;
        for (QString& target : targets)
            target = QStringLiteral("%1 %2 «%3»").arg(word).arg(n).arg(target);
        store::SegmentEdit change{s.id, targets, n % 2 ? SegmentState::Translated : SegmentState::Draft, -1, {}};
        auto edited = (*m_ws)->segments().applyEdit(change);
        QVERIFY2(edited, qPrintable(errorText(edited)));
    }
}

QByteArray TestStreamedCatalogExport::chain(const QStringList& documentIds)
{
    QByteArray bytes = *(*m_ws)->documents().original(documentIds.first());
    for (const QString& id : documentIds) {
        auto document = (*m_ws)->documents().find(id);
        const formats::Filter* filter = m_filters.byId(document->format);
        QList<Segment> segments = *(*m_ws)->segments().listForDocument(id);
        segments.removeIf([](const Segment& s) { return s.flags.testFlag(domain::SegmentFlag::Obsolete); });
        auto written = filter->writePair(bytes, document->name, {}, segments, {}, document->targetLanguage);
        if (!written)
            return QByteArray("<error> ") + errorText(written).toUtf8();
        bytes = *written;
    }
    return bytes;
}

void TestStreamedCatalogExport::sameBytesAsTheWritePairChain()
{
    const QStringList ids = import();
    QCOMPARE(ids.size(), 3);
    const project::DocumentExporter exporter(**m_ws, m_filters);
    const QByteArray original = *(*m_ws)->documents().original(ids.first());
    // Unedited, every language: the catalog as it was.
    auto unedited = exporter.renderTogether(ids);
    QVERIFY2(unedited, qPrintable(errorText(unedited)));
    QCOMPARE(*unedited, original);

    edit(ids[0], QStringLiteral("English"));
    edit(ids[1], QStringLiteral("Deutsch"));
    edit(ids[2], QStringLiteral("Français"));
    const QByteArray expected = chain(ids);
    QVERIFY(!expected.startsWith("<error>"));
    QVERIFY(expected.contains("Deutsch") && expected.contains("Français") && expected.contains("English"));
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("out/app/Localizable.xcstrings"));
    auto exported = exporter.exportTogether(ids, path);
    QVERIFY2(exported, qPrintable(errorText(exported)));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), QString::fromUtf8(expected));
    auto rendered = exporter.renderTogether(ids);
    QVERIFY2(rendered, qPrintable(errorText(rendered)));
    QCOMPARE(*rendered, expected);
    // The languages in another order: written in that order, still as the chain writes them.
    const QStringList reversed{ids[2], ids[1], ids[0]};
    QCOMPARE(*exporter.renderTogether(reversed), chain(reversed));
    // One language alone (render, exportTo) streams too, as writePair writes it.
    for (const QString& id : ids) {
        auto one = exporter.render(id);
        QVERIFY2(one, qPrintable(errorText(one)));
        QCOMPARE(*one, chain({id}));
        const QString alone = QDir(dir.path()).filePath(QStringLiteral("alone/Localizable.xcstrings"));
        QVERIFY(exporter.exportTo(id, alone));
        QFile written(alone);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), chain({id}));
    }

    // An export that fails (a document that is not there) leaves the file written before as it was.
    edit(ids[1], QStringLiteral("Nochmal"));
    QVERIFY(!exporter.exportTogether({ids[0], ids[1], QStringLiteral("no-such-document")}, path));
    QFile again(path);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), expected);
}

void TestStreamedCatalogExport::cursorsSideBySide()
{
    const QStringList ids = import();
    QCOMPARE(ids.size(), 3);
    edit(ids[1], QStringLiteral("Deutsch"));
    const QList<Segment> en = *(*m_ws)->segments().listTranslations(ids[0]);
    const QList<Segment> de = *(*m_ws)->segments().listTranslations(ids[1]);
    QCOMPARE(en.size(), de.size());
    store::Database& db = (*m_ws)->database();
    auto read = db.snapshot([&]() -> domain::Result<void> {
        store::SegmentCursor first(db, ids[0], true);
        store::SegmentCursor second(db, ids[1], true);
        // Each asked in turn, as the catalog's writer asks them entry by entry: each cursor keeps its
        // own place, so neither looks a key up.
        for (qsizetype i = 0; i < en.size(); ++i) {
            auto a = first.find(en[i].key);
            auto b = second.find(de[i].key);
            if (!a || !*a || (*a)->targets != en[i].targets || !b || !*b || (*b)->targets != de[i].targets)
                return domain::fail(domain::ErrorCode::Internal, QStringLiteral("not as listed: ") + en[i].key);
        }
        if (first.lookups() != 0 || second.lookups() != 0)
            return domain::fail(domain::ErrorCode::Internal,
                                QStringLiteral("looked up %1 and %2 keys").arg(first.lookups()).arg(second.lookups()));
        return {};
    });
    QVERIFY2(read, qPrintable(errorText(read)));
}

QTEST_GUILESS_MAIN(TestStreamedCatalogExport)
#include "TestStreamedCatalogExport.moc"
