// TestTmImporter: bulk imports (TmImporter, TmRepository's bulk load) of real sentence pairs
// (Debian package descriptions, tests/data/tm) store exactly what adding the units one by one stores
// (the same pair again updates metadata and counts a use), keep the TMs' counts and the full-text
// index right, leave a valid index file, and store nothing when the reader or the store fails.
#include <QFileInfo>
#include <QTest>

#include "TempWorkspace.h"
#include "TestData.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/TmRepository.h"
#include "store/Workspace.h"
#include "tm/Concordance.h"
#include "tm/TmImporter.h"
#include "tm/TmIndexFile.h"
#include "tm/TranslationMemory.h"

using namespace tessera;
using testsupport::errorText;

namespace {

const QString s_tm = QStringLiteral("project");

// Everything a user can see of a stored unit but its id and row id (made fresh by each store).
QString describe(const domain::TmUnit& u)
{
    return QStringList{u.tmName,
                       u.sourceLanguage,
                       u.targetLanguage,
                       u.source,
                       u.target,
                       u.contextKey,
                       u.creator,
                       u.createdAt.toString(Qt::ISODateWithMs),
                       u.changedAt.toString(Qt::ISODateWithMs),
                       QString::number(u.usageCount),
                       u.origin,
                       QString::number(u.rev)}
        .join(QLatin1Char('|'));
}

QStringList storedUnits(store::TmRepository& repository)
{
    QStringList units;
    (void)repository.forEachUnit(s_tm, [&](const domain::TmUnit& u) {
        units.append(describe(u));
        return true;
    });
    return units;
}

qint64 deferredSchema(store::Workspace& ws)
{
    // With the key index, which a bulk load into an empty table drops and makes again.
    auto counted = ws.database().prepare("SELECT count(*) FROM sqlite_schema WHERE name IN "
                                         "('tm_units_counted_insert', 'tm_units_by_key')");
    return counted ? (*counted)->one([](const store::Statement& row) { return row.int64(0); }, {}).value_or(-1) : -1;
}

} // namespace

class TestTmImporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bulkImportStoresWhatSingleAddsStore_data();
    void bulkImportStoresWhatSingleAddsStore();
    void storeBatchOnItsOwnIsABulkLoad();
    void failedReaderStoresNothing();
    void failedStoreStoresNothingAndStopsTheReader();
    void indexFileIsValidAfterImport();
    void importsReachTheDatabaseFileAfterTheirCommit();
    void failedCommitLeavesTheIndexAsBefore();

private:
    // Pair i of the corpus as a unit from a TMX file: creator "import", dated 2026-11-20 + i minutes.
    domain::TmUnit unit(qsizetype i) const
    {
        domain::TmUnit u;
        u.sourceLanguage = QStringLiteral("en");
        u.targetLanguage = QStringLiteral("de");
        u.source = m_pairs[i].first;
        u.target = m_pairs[i].second;
        u.creator = QStringLiteral("import");
        u.origin = QStringLiteral("import");
        u.createdAt = QDateTime(QDate(2026, 11, 20), QTime(8, 0), QTimeZone::UTC).addSecs(60 * i);
        u.changedAt = u.createdAt;
        return u;
    }
    // The units an import reads: pairs [from, to), with pair 500 twice in a row (the same batch)
    // and pair 10 again at the end (a later batch), both times from another creator and context.
    QList<domain::TmUnit> fileUnits(qsizetype from, qsizetype to) const
    {
        QList<domain::TmUnit> units;
        auto again = [&](qsizetype i) {
            domain::TmUnit u = unit(i);
            u.creator = QStringLiteral("bob");
            u.contextKey = QStringLiteral("ctx-late");
            u.changedAt = u.changedAt.addDays(2);
            return u;
        };
        for (qsizetype i = from; i < to; ++i) {
            units.append(unit(i));
            if (i == 500)
                units.append(again(i));
        }
        if (from <= 10 && 10 < to)
            units.append(again(10));
        return units;
    }
    static tm::TmImporter::Producer producer(const QList<domain::TmUnit>& units)
    {
        return [units](const tm::TmImporter::Sink& sink) -> domain::Result<void> {
            for (domain::TmUnit u : units)
                if (auto taken = sink(std::move(u)); !taken)
                    return taken;
            return {};
        };
    }

    QList<std::pair<QString, QString>> m_pairs;
};

void TestTmImporter::initTestCase()
{
    const QByteArray tsv =
        testsupport::readTestData(QStringLiteral("tm"), QStringLiteral("debian-descriptions-en-de.tsv"));
    for (const QByteArray& line : tsv.split('\n')) {
        const qsizetype tab = line.indexOf('\t');
        if (tab > 0)
            m_pairs.append({QString::fromUtf8(line.left(tab)), QString::fromUtf8(line.mid(tab + 1))});
    }
    QCOMPARE(m_pairs.size(), 5000);
}

void TestTmImporter::bulkImportStoresWhatSingleAddsStore_data()
{
    QTest::addColumn<int>("before");
    // Units in the TM before the import: the import looks each unit up in the store. None: only the
    // units the import stored itself can be there.
    QTest::newRow("three units before") << 3;
    QTest::newRow("empty TM") << 0;
}

void TestTmImporter::bulkImportStoresWhatSingleAddsStore()
{
    // Three units were there before the import (from a translator, another creator); the file holds
    // them again, and two pairs twice.
    QFETCH(int, before);
    const QList<domain::TmUnit> units = fileUnits(0, 1000);
    testsupport::TempWorkspace bulk;
    testsupport::TempWorkspace single;
    QVERIFY2(bulk.isValid() && single.isValid(), qPrintable(bulk.error() + single.error()));
    std::unique_ptr<tm::TranslationMemory> bulkTm;
    for (testsupport::TempWorkspace* ws : {&bulk, &single}) {
        auto tm = tm::TranslationMemory::open((*ws)->tm(), s_tm);
        QVERIFY2(tm, qPrintable(errorText(tm)));
        for (qsizetype i = 0; i < before; ++i) {
            domain::TmUnit earlier = unit(i);
            earlier.creator = QStringLiteral("alice");
            earlier.changedAt = earlier.changedAt.addSecs(-3600);
            QVERIFY((*tm)->add(earlier));
        }
        if (ws == &single) {
            for (const domain::TmUnit& u : units)
                QVERIFY((*tm)->add(u));
            continue;
        }
        tm::TmImporter importer(bulk->database(), **tm, 128); // several batches
        auto imported = importer.run(producer(units));
        QVERIFY2(imported, qPrintable(errorText(imported)));
        QCOMPARE(imported->read, 1002);
        QCOMPARE(imported->added, 1000 - before);
        QCOMPARE(imported->updated, before + 2); // the ones stored before, 2 twice in the file
        QCOMPARE((*tm)->size(), 1000);           // each unit indexed once
        bulkTm = std::move(*tm);
    }
    const QStringList expected = storedUnits(single->tm());
    QCOMPARE(expected.size(), 1000);
    QCOMPARE(storedUnits(bulk->tm()), expected);
    // Spot checks of what the comparison covers: uses counted, the later metadata kept.
    auto pair = [&](qsizetype i) {
        domain::TmUnit found;
        (void)bulk->tm().forEachUnit(s_tm, [&](const domain::TmUnit& u) {
            if (u.source != m_pairs[i].first || u.target != m_pairs[i].second)
                return true;
            found = u;
            return false;
        });
        return found;
    };
    QCOMPARE(pair(1).usageCount, before > 1 ? 1 : 0);
    QCOMPARE(pair(1).creator, QStringLiteral("import"));
    QCOMPARE(pair(500).usageCount, 1);
    QCOMPARE(pair(500).creator, QStringLiteral("bob"));
    QCOMPARE(pair(500).contextKey, QStringLiteral("ctx-late"));
    QCOMPARE(pair(10).rev, 1);
    QCOMPARE(pair(11).usageCount, 0);

    // The TM's counts as the triggers keep them for single adds.
    const auto bulkInfo = bulk->tm().memory(s_tm);
    const auto singleInfo = single->tm().memory(s_tm);
    QVERIFY(bulkInfo && singleInfo);
    QCOMPARE(bulkInfo->unitCount, 1000);
    QCOMPARE(bulkInfo->unitsRev, singleInfo->unitsRev);
    QCOMPARE(deferredSchema(*bulk), 2);

    // Concordance finds imported units (sources and targets) and the ones from before.
    QVERIFY(bulkTm);
    tm::Concordance concordance({bulkTm.get()});
    for (qsizetype i : {1, 400, 999}) {
        const QStringList sourceWords = m_pairs[i].first.split(QLatin1Char(' '));
        const QString phrase = sourceWords.mid(0, 3).join(QLatin1Char(' '));
        auto found = concordance.search(phrase, tm::Concordance::Field::Source, 1000);
        QVERIFY2(found, qPrintable(errorText(found)));
        const bool hit = std::any_of(found->cbegin(), found->cend(),
                                     [&](const tm::Concordance::Hit& h) { return h.unit.source == m_pairs[i].first; });
        QVERIFY2(hit, qPrintable(phrase));
        const QString word = m_pairs[i].second.split(QLatin1Char(' ')).first();
        auto inTargets = concordance.search(word, tm::Concordance::Field::Target, 1000);
        QVERIFY2(inTargets && !inTargets->isEmpty(), qPrintable(word));
    }
}

void TestTmImporter::storeBatchOnItsOwnIsABulkLoad()
{
    testsupport::TempWorkspace ws;
    QList<domain::TmUnit> batch = fileUnits(495, 505);
    for (domain::TmUnit& u : batch)
        u.tmName = s_tm;
    qsizetype seen = 0;
    qint64 lastRow = 0;
    auto stored = ws->tm().storeBatch(batch, [&](const store::TmRepository::Stored& one) {
        QVERIFY(one.rowId > lastRow); // in row order
        lastRow = one.rowId;
        QCOMPARE(one.unit.source, m_pairs[495 + seen].first);
        ++seen;
    });
    QVERIFY2(stored, qPrintable(errorText(stored)));
    QCOMPARE(stored->added, 10);
    QCOMPARE(stored->updated, 1);
    QCOMPARE(seen, 10);
    QCOMPARE(ws->tm().memory(s_tm)->unitCount, 10);
    QCOMPARE(deferredSchema(*ws), 2);
    // Opened afterwards, the TM indexes the stored units for concordance too.
    auto opened = tm::TranslationMemory::open(ws->tm(), s_tm);
    QVERIFY(opened);
    auto found = tm::Concordance({opened->get()}).search(m_pairs[503].first, tm::Concordance::Field::Source, 10);
    QVERIFY(found && found->size() == 1);
    // The triggers work again for the next single add.
    QVERIFY(ws->tm().add([&] {
        domain::TmUnit u = unit(600);
        u.tmName = s_tm;
        return u;
    }()));
    QCOMPARE(ws->tm().memory(s_tm)->unitCount, 11);
}

void TestTmImporter::failedReaderStoresNothing()
{
    testsupport::TempWorkspace ws;
    const QString indexFile = tm::TmIndexFile::pathFor(ws->databasePath(), s_tm);
    auto tm = tm::TranslationMemory::open(ws->tm(), s_tm, indexFile);
    QVERIFY(tm);
    for (qsizetype i = 0; i < 3; ++i)
        QVERIFY((*tm)->add(unit(i)));
    const auto before = ws->tm().memory(s_tm);
    const QStringList unitsBefore = storedUnits(ws->tm());

    // Three batches stored, then the file turns out bad.
    const QList<domain::TmUnit> units = fileUnits(0, 400);
    tm::TmImporter importer(ws->database(), **tm, 100);
    auto imported = importer.run([&](const tm::TmImporter::Sink& sink) -> domain::Result<void> {
        for (domain::TmUnit u : units)
            if (auto taken = sink(std::move(u)); !taken)
                return taken;
        domain::Error bad{
            domain::ErrorCode::InvalidInput, QStringLiteral("<tu> without <tuv>"), QStringLiteral("x.tmx"), 812, 5, {}};
        return std::unexpected(bad);
    });
    QVERIFY(!imported);
    QCOMPARE(imported.error().code, domain::ErrorCode::InvalidInput);
    QCOMPARE(imported.error().line, 812);

    QCOMPARE(storedUnits(ws->tm()), unitsBefore);
    const auto after = ws->tm().memory(s_tm);
    QCOMPARE(after->unitCount, before->unitCount);
    QCOMPARE(after->unitsRev, before->unitsRev);
    QCOMPARE(deferredSchema(*ws), 2);
    QCOMPARE((*tm)->size(), 3); // the index dropped what it took
    auto matches = (*tm)->lookup(m_pairs[300].first, QStringLiteral("en"), QStringLiteral("de"));
    QVERIFY(matches);
    QVERIFY(matches->isEmpty() || matches->first().score < 100);
    tm::Concordance concordance({tm->get()});
    auto found = concordance.search(m_pairs[300].first, tm::Concordance::Field::Source, 10);
    QVERIFY(found && found->isEmpty());

    // The workspace goes on as before: a single add is counted and found.
    QVERIFY((*tm)->add(unit(300)));
    QCOMPARE(ws->tm().memory(s_tm)->unitCount, before->unitCount + 1);
    found = concordance.search(m_pairs[300].first, tm::Concordance::Field::Source, 10);
    QVERIFY(found && found->size() == 1);
}

void TestTmImporter::failedStoreStoresNothingAndStopsTheReader()
{
    testsupport::TempWorkspace ws;
    auto tm = tm::TranslationMemory::open(ws->tm(), s_tm);
    QVERIFY(tm);
    QVERIFY((*tm)->add(unit(0)));
    const auto before = ws->tm().memory(s_tm);
    // A statement in the middle of the third batch fails, as if the disk had refused.
    ws->database().failStatement(700);
    qsizetype handed = 0;
    tm::TmImporter importer(ws->database(), **tm, 100);
    auto imported = importer.run([&](const tm::TmImporter::Sink& sink) -> domain::Result<void> {
        for (qsizetype i = 0; i < 5000; ++i) {
            if (auto taken = sink(unit(i)); !taken)
                return taken;
            ++handed;
        }
        return {};
    });
    ws->database().failStatement(0);
    QVERIFY(!imported);
    QCOMPARE(imported.error().code, domain::ErrorCode::Database); // the store's error, not "stopped"
    QVERIFY2(handed < 1000, qPrintable(QString::number(handed))); // the reader stopped soon after
    QCOMPARE(*ws->tm().count(s_tm), 1);
    QCOMPARE(ws->tm().memory(s_tm)->unitsRev, before->unitsRev);
    QCOMPARE(deferredSchema(*ws), 2);
    QCOMPARE((*tm)->size(), 1);
    // The same import again, without the fault, works.
    tm::TmImporter again(ws->database(), **tm, 100);
    auto imported2 = again.run(producer(fileUnits(0, 300)));
    QVERIFY2(imported2, qPrintable(errorText(imported2)));
    QCOMPARE(imported2->added, 299);
    QCOMPARE(ws->tm().memory(s_tm)->unitCount, 300);
}

void TestTmImporter::indexFileIsValidAfterImport()
{
    testsupport::TempWorkspace ws;
    const QString indexFile = tm::TmIndexFile::pathFor(ws->databasePath(), s_tm);
    {
        auto tm = tm::TranslationMemory::open(ws->tm(), s_tm, indexFile);
        QVERIFY(tm);
        tm::TmImporter importer(ws->database(), **tm, 256);
        auto imported = importer.run(producer(fileUnits(0, 2000)));
        QVERIFY2(imported, qPrintable(errorText(imported)));
        QVERIFY((*tm)->saveIndex());
    }
    auto tm = tm::TranslationMemory::open(ws->tm(), s_tm, indexFile);
    QVERIFY(tm);
    QCOMPARE((*tm)->indexOrigin(), tm::TranslationMemory::IndexOrigin::Loaded);
    QCOMPARE((*tm)->size(), 2000);
    for (qsizetype i : {0, 777, 1999}) {
        auto matches = (*tm)->lookup(m_pairs[i].first, QStringLiteral("en"), QStringLiteral("de"));
        QVERIFY2(matches && !matches->isEmpty(), qPrintable(m_pairs[i].first));
        QCOMPARE(matches->first().score, 100);
        QCOMPARE(matches->first().unit.target, m_pairs[i].second);
    }
}

void TestTmImporter::importsReachTheDatabaseFileAfterTheirCommit()
{
    // An import's commit leaves copying the WAL into the database file to a thread of its own. An
    // import, a single add, a second import right after (the first copy may still run); once the
    // copy is waited for, the database file on its own holds every page, and the workspace closes
    // with no WAL left behind and opens again with every unit.
    testsupport::TempWorkspace ws;
    auto tm = tm::TranslationMemory::open(ws->tm(), s_tm);
    QVERIFY(tm);
    for (auto [from, to] : {std::pair{0, 2500}, std::pair{2500, 5000}}) {
        tm::TmImporter importer(ws->database(), **tm, 512);
        auto imported = importer.run(producer(fileUnits(from, to)));
        QVERIFY2(imported, qPrintable(errorText(imported)));
        if (from == 0)
            QVERIFY((*tm)->add(unit(4000)));
    }
    QCOMPARE(*ws->tm().count(s_tm), 5000);
    ws->database().waitForCheckpoint();

    auto pragma = [&](const char* sql) {
        auto value = ws->database().prepare(sql).and_then(
            [](store::Statement* s) { return s->one([](const store::Statement& row) { return row.int64(0); }, {}); });
        return value.value_or(-1);
    };
    const qint64 pages = pragma("PRAGMA page_count");
    QVERIFY(pages > 100);
    QCOMPARE(QFileInfo(ws->databasePath()).size(), pages * pragma("PRAGMA page_size"));

    const QString wal = ws->databasePath() + QStringLiteral("-wal");
    tm->reset();
    ws.close();
    QVERIFY(!QFileInfo::exists(wal) || QFileInfo(wal).size() == 0);
    QVERIFY(ws.reopen());
    QCOMPARE(*ws->tm().count(s_tm), 5000);
    QCOMPARE(ws->tm().memory(s_tm)->unitCount, 5000);
}

void TestTmImporter::failedCommitLeavesTheIndexAsBefore()
{
    // The index merges the imported units while the store commits; when the commit itself fails,
    // they are taken out again: nothing is stored and nothing is found.
    const QList<domain::TmUnit> units = fileUnits(0, 1500);
    int statements = 0;
    {
        testsupport::TempWorkspace twin; // the same import, to count its statements
        auto tm = tm::TranslationMemory::open(twin->tm(), s_tm);
        QVERIFY(tm && (*tm)->add(unit(4000)));
        twin->database().failStatement(0);
        tm::TmImporter importer(twin->database(), **tm, 256);
        QVERIFY(importer.run(producer(units)));
        statements = twin->database().statementsExecuted();
    }
    testsupport::TempWorkspace ws;
    auto tm = tm::TranslationMemory::open(ws->tm(), s_tm);
    QVERIFY(tm && (*tm)->add(unit(4000)));
    // The last statement is the page cache's size set back; the one before it is the COMMIT.
    ws->database().failStatement(statements - 1);
    tm::TmImporter importer(ws->database(), **tm, 256);
    auto imported = importer.run(producer(units));
    ws->database().failStatement(0);
    QVERIFY(!imported);
    QCOMPARE(imported.error().code, domain::ErrorCode::Database);
    QVERIFY2(imported.error().message.contains(QLatin1String("COMMIT")), qPrintable(imported.error().message));
    QCOMPARE(*ws->tm().count(s_tm), 1);
    QCOMPARE((*tm)->size(), 1);
    auto matches = (*tm)->lookup(m_pairs[700].first, QStringLiteral("en"), QStringLiteral("de"));
    QVERIFY(matches);
    QVERIFY(matches->isEmpty() || matches->first().score < 100);
    auto found = tm::Concordance({tm->get()}).search(m_pairs[700].first, tm::Concordance::Field::Source, 10);
    QVERIFY(found && found->isEmpty());
    // The same import again goes through.
    tm::TmImporter again(ws->database(), **tm, 256);
    QVERIFY(again.run(producer(units)));
    QCOMPARE(*ws->tm().count(s_tm), 1501);
    matches = (*tm)->lookup(m_pairs[700].first, QStringLiteral("en"), QStringLiteral("de"));
    QVERIFY(matches && !matches->isEmpty() && matches->first().score == 100);
}

QTEST_GUILESS_MAIN(TestTmImporter)
#include "TestTmImporter.moc"
