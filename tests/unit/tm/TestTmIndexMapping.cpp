// TestTmIndexMapping: a workspace TM opened from its index file (mapped, its arrays read in place)
// answers every lookup and concordance search as one built from the store (real Debian sentence
// pairs, tests/data/tm, two language pairs); units added after opening are found, before and after
// the index is saved again; the mapping outlives its file being replaced and deleted; a file cut at
// any of many offsets or with a byte flipped anywhere is refused, and the TM is built again from the
// store with the same answers.
#include <QFile>
#include <QTest>

#include "TempWorkspace.h"
#include "store/Database.h"
#include "store/TmRepository.h"
#include "store/Workspace.h"
#include "tm/Concordance.h"
#include "tm/TmIndexFile.h"
#include "tm/TranslationMemory.h"

using namespace tessera;

namespace {

const QString s_tmName = QStringLiteral("project");

} // namespace

class TestTmIndexMapping : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mappedAnswersLikeBuilt();
    void addedAfterOpeningAreFound();
    void mappingOutlivesReplacedFile();
    void damagedFilesAreRebuilt();

private:
    domain::TmUnit unit(qsizetype i, const QString& target = {}) const;
    // Stores units [from, to) in the store, every fifth also as en → fr.
    void fill(testsupport::TempWorkspace& ws, qsizetype from, qsizetype to) const;
    // Everything a user would see: the matches of lookups (en → de and en → fr) and concordance hits
    // with their ranges, one line each.
    QStringList answers(tm::TranslationMemory& tm, qsizetype units) const;
    std::unique_ptr<tm::TranslationMemory> open(testsupport::TempWorkspace& ws, bool withFile) const;

    QList<std::pair<QString, QString>> m_pairs;
    static constexpr qsizetype s_units = 1200;
};

void TestTmIndexMapping::initTestCase()
{
    QFile file(qEnvironmentVariable("TESSERA_SOURCE_DIR") +
               QStringLiteral("/tests/data/tm/debian-descriptions-en-de.tsv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    for (const QByteArray& line : file.readAll().split('\n')) {
        const qsizetype tab = line.indexOf('\t');
        if (tab > 0)
            m_pairs.append({QString::fromUtf8(line.left(tab)), QString::fromUtf8(line.mid(tab + 1))});
    }
    QCOMPARE(m_pairs.size(), 5000);
}

domain::TmUnit TestTmIndexMapping::unit(qsizetype i, const QString& target) const
{
    domain::TmUnit u;
    u.tmName = s_tmName;
    u.sourceLanguage = QStringLiteral("en");
    u.targetLanguage = QStringLiteral("de");
    u.source = m_pairs[i].first;
    u.target = target.isEmpty() ? m_pairs[i].second : target;
    return u;
}

void TestTmIndexMapping::fill(testsupport::TempWorkspace& ws, qsizetype from, qsizetype to) const
{
    auto stored = ws->database().transaction([&]() -> domain::Result<void> {
        for (qsizetype i = from; i < to; ++i) {
            if (auto added = ws->tm().add(unit(i)); !added)
                return std::unexpected(added.error());
            if (i % 5 == 0) {
                domain::TmUnit fr = unit(i, QStringLiteral("fr %1").arg(i));
                fr.targetLanguage = QStringLiteral("fr");
                if (auto added = ws->tm().add(fr); !added)
                    return std::unexpected(added.error());
            }
        }
        return {};
    });
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().describe()));
}

std::unique_ptr<tm::TranslationMemory> TestTmIndexMapping::open(testsupport::TempWorkspace& ws, bool withFile) const
{
    auto tm = tm::TranslationMemory::open(
        ws->tm(), s_tmName, withFile ? tm::TmIndexFile::pathFor(ws->databasePath(), s_tmName) : QString());
    if (!tm)
        qWarning() << tm.error().describe();
    return tm ? std::move(*tm) : nullptr;
}

QStringList TestTmIndexMapping::answers(tm::TranslationMemory& tm, qsizetype units) const
{
    QStringList lines;
    tm::LookupOptions options;
    options.threshold = 60;
    for (qsizetype q = 0; q < units + 200; q += 13) { // sentences in the TM and sentences not in it
        QStringList words = m_pairs[q].first.split(QLatin1Char(' '));
        if (words.size() > 3)
            words.removeAt(1);
        const QString query = words.join(QLatin1Char(' '));
        for (const QString& target : {QStringLiteral("de"), QStringLiteral("fr")}) {
            auto matches = tm.lookup(query, QStringLiteral("en"), target, options);
            if (!matches)
                return {matches.error().describe()};
            for (const tm::TmMatch& m : *matches)
                lines << QStringLiteral("lookup %1 → %2: %3 %4 %5 | %6")
                             .arg(q)
                             .arg(target)
                             .arg(m.rowId)
                             .arg(m.score)
                             .arg(m.unit.source, m.unit.target);
        }
    }
    tm::Concordance concordance(QList<tm::TranslationMemory*>{&tm});
    for (qsizetype q = 0; q < units + 200; q += 17) {
        const QString phrases[] = {m_pairs[q].first.section(QLatin1Char(' '), 0, 1),
                                   m_pairs[q].second.section(QLatin1Char(' '), 1, 1)};
        for (const QString& phrase : phrases) {
            auto hits = concordance.search(phrase, tm::Concordance::Field::Both, 20);
            if (!hits)
                continue; // no word in it
            for (const tm::Concordance::Hit& h : *hits) {
                QString line = QStringLiteral("concordance %1: %2").arg(phrase).arg(h.rowId);
                for (const auto& r : h.sourceRanges)
                    line += QStringLiteral(" s%1+%2").arg(r.start).arg(r.length);
                for (const auto& r : h.targetRanges)
                    line += QStringLiteral(" t%1+%2").arg(r.start).arg(r.length);
                lines << line;
            }
        }
    }
    return lines;
}

void TestTmIndexMapping::mappedAnswersLikeBuilt()
{
    testsupport::TempWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    fill(ws, 0, s_units);
    auto built = open(ws, false);
    QVERIFY(built);
    const QStringList expected = answers(*built, s_units);
    QVERIFY(expected.filter(QStringLiteral("lookup")).size() > 100);
    QVERIFY(expected.filter(QStringLiteral("→ fr")).size() > 20);
    QVERIFY(expected.filter(QStringLiteral("concordance")).size() > 100);

    auto first = open(ws, true); // no file yet: built, and the file written
    QVERIFY(first);
    QCOMPARE(first->indexOrigin(), tm::TranslationMemory::IndexOrigin::Built);
    auto mapped = open(ws, true);
    QVERIFY(mapped);
    QCOMPARE(mapped->indexOrigin(), tm::TranslationMemory::IndexOrigin::Loaded);
    QCOMPARE(mapped->size(), built->size());
    QCOMPARE(answers(*mapped, s_units), expected);
    // Read in place: the loaded arrays are not on the heap, so the index holds far less of it.
    QVERIFY2(mapped->memoryBytes() < built->memoryBytes() / 2,
             qPrintable(QStringLiteral("%1 vs %2").arg(mapped->memoryBytes()).arg(built->memoryBytes())));
}

void TestTmIndexMapping::addedAfterOpeningAreFound()
{
    testsupport::TempWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    fill(ws, 0, s_units);
    QVERIFY(open(ws, true)); // writes the file
    auto mapped = open(ws, true);
    QVERIFY(mapped);
    QCOMPARE(mapped->indexOrigin(), tm::TranslationMemory::IndexOrigin::Loaded);
    // New units, some with words no loaded unit has (new dictionary entries after the mapped ones).
    for (qsizetype i = s_units; i < s_units + 150; ++i)
        QVERIFY(mapped->add(unit(i, i % 2 ? QString() : QStringLiteral("Neuwort%1 und Zusatzwort").arg(i))));
    auto best = [&](tm::TranslationMemory& tm, qsizetype i) {
        auto matches = tm.lookup(m_pairs[i].first, QStringLiteral("en"), QStringLiteral("de"));
        return matches && !matches->isEmpty() && matches->first().score == 100 &&
               matches->first().unit.source == m_pairs[i].first;
    };
    QVERIFY(best(*mapped, s_units + 7));
    QVERIFY(best(*mapped, 5));
    tm::Concordance concordance(QList<tm::TranslationMemory*>{mapped.get()});
    auto found = concordance.search(QStringLiteral("neuwort1010"), tm::Concordance::Field::Target, 5);
    QVERIFY(found && found->isEmpty()); // no unit of that number was added
    found = concordance.search(QStringLiteral("Neuwort1210 und"), tm::Concordance::Field::Target, 5);
    QVERIFY(found);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().unit.source, m_pairs[1210].first);

    // The same answers as a TM built from the store with every unit, before and after the index is
    // saved (merged) and loaded again.
    auto built = open(ws, false);
    QVERIFY(built);
    const QStringList expected = answers(*built, s_units + 150);
    QCOMPARE(answers(*mapped, s_units + 150), expected);
    QVERIFY(mapped->saveIndex());
    QCOMPARE(answers(*mapped, s_units + 150), expected);
    auto again = open(ws, true);
    QVERIFY(again);
    QCOMPARE(again->indexOrigin(), tm::TranslationMemory::IndexOrigin::Loaded);
    QCOMPARE(answers(*again, s_units + 150), expected);
}

void TestTmIndexMapping::mappingOutlivesReplacedFile()
{
    testsupport::TempWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    fill(ws, 0, s_units);
    const QString path = tm::TmIndexFile::pathFor(ws->databasePath(), s_tmName);
    QVERIFY(open(ws, true));
    auto reader = open(ws, true);
    QVERIFY(reader);
    QCOMPARE(reader->indexOrigin(), tm::TranslationMemory::IndexOrigin::Loaded);
    const QStringList expected = answers(*reader, s_units);
    {
        // Another writer adds units and saves a new index file over the one `reader` maps.
        auto writer = open(ws, true);
        QVERIFY(writer);
        for (qsizetype i = s_units; i < s_units + 100; ++i)
            QVERIFY(writer->add(unit(i)));
        QVERIFY(writer->saveIndex());
    }
    QCOMPARE(answers(*reader, s_units), expected);
    QVERIFY(QFile::remove(path));
    QCOMPARE(answers(*reader, s_units), expected);
}

void TestTmIndexMapping::damagedFilesAreRebuilt()
{
    testsupport::TempWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    fill(ws, 0, s_units);
    const QString path = tm::TmIndexFile::pathFor(ws->databasePath(), s_tmName);
    auto built = open(ws, true);
    QVERIFY(built);
    const QStringList expected = answers(*built, s_units);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray good = file.readAll();
    file.close();
    QVERIFY(good.size() > 100000);
    auto write = [&](const QByteArray& bytes) {
        QFile out(path);
        return out.open(QIODevice::WriteOnly | QIODevice::Truncate) && out.write(bytes) == bytes.size();
    };

    // Cut at the header's fields, at the end, and at 60 offsets in between; a byte flipped at the
    // header's fields and at 200 offsets spread over the file.
    QList<qsizetype> cuts{0,
                          1,
                          7,
                          8,
                          11,
                          12,
                          16,
                          24,
                          31,
                          32,
                          33,
                          40,
                          good.size() - 16,
                          good.size() - 9,
                          good.size() - 8,
                          good.size() - 1};
    for (qsizetype i = 1; i < 60; ++i)
        cuts << good.size() * i / 60;
    QList<qsizetype> flips{0, 7, 8, 12, 16, 24, 32, good.size() - 9, good.size() - 1};
    for (qsizetype i = 1; i < 200; ++i)
        flips << good.size() * i / 200 + i % 7;
    qsizetype damaged = 0;
    for (qsizetype cut : cuts) {
        QVERIFY(write(good.left(cut)));
        auto loaded = tm::TmIndexFile::load(path);
        QVERIFY2(!loaded, qPrintable(QStringLiteral("cut at %1 was loaded").arg(cut)));
        QVERIFY(loaded.error().message.contains(path));
        ++damaged;
    }
    for (qsizetype at : flips) {
        QByteArray bytes = good;
        bytes[at] = char(bytes[at] ^ 0x5a);
        QVERIFY(write(bytes));
        auto loaded = tm::TmIndexFile::load(path);
        QVERIFY2(!loaded, qPrintable(QStringLiteral("byte %1 flipped was loaded").arg(at)));
        ++damaged;
    }
    QCOMPARE(damaged, cuts.size() + flips.size());
    // A damaged file opens as a TM built from the store, with the same answers, and is written again.
    for (qsizetype cut : {qsizetype(40), good.size() / 3, good.size() - 1}) {
        QVERIFY(write(good.left(cut)));
        auto tm = open(ws, true);
        QVERIFY(tm);
        QCOMPARE(tm->indexOrigin(), tm::TranslationMemory::IndexOrigin::Built);
        QCOMPARE(answers(*tm, s_units), expected);
    }
    for (qsizetype at : {qsizetype(20), good.size() / 2, good.size() - 30}) {
        QByteArray bytes = good;
        bytes[at] = char(bytes[at] ^ 0x01);
        QVERIFY(write(bytes));
        auto tm = open(ws, true);
        QVERIFY(tm);
        QCOMPARE(tm->indexOrigin(), tm::TranslationMemory::IndexOrigin::Built);
        QCOMPARE(answers(*tm, s_units), expected);
    }
    auto reopened = open(ws, true);
    QVERIFY(reopened);
    QCOMPARE(reopened->indexOrigin(), tm::TranslationMemory::IndexOrigin::Loaded);
    QCOMPARE(answers(*reopened, s_units), expected);
}

QTEST_GUILESS_MAIN(TestTmIndexMapping)
#include "TestTmIndexMapping.moc"
