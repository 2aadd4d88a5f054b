// TestConcordance: concordance over TMs of real Debian sentence pairs (tests/data/tm) finds exactly what
// scanning every unit finds, newest first, in sources, targets or both; across TMs; after the TM was
// saved to its index file and opened again, or caught up on units another program added; without
// units deleted behind its back.
#include <functional>

#include <QTest>

#include "TempWorkspace.h"
#include "TestData.h"
#include "store/Database.h"
#include "store/TmRepository.h"
#include "store/Workspace.h"
#include "tm/Concordance.h"
#include "tm/TmIndexFile.h"
#include "tm/TranslationMemory.h"

using namespace tessera;

namespace {

// Runs `work` in one transaction: thousands of single adds, one commit.
bool inOneTransaction(store::Workspace& ws, const std::function<bool()>& work)
{
    return ws.database()
        .transaction([&]() -> domain::Result<void> {
            if (!work())
                return domain::fail(domain::ErrorCode::Internal, QStringLiteral("an add failed"));
            return {};
        })
        .has_value();
}

const QString s_tm = QStringLiteral("project");

// The units a concordance search must return, by scanning every unit: newest first, at most `max`.
QList<QString> scan(const QList<std::pair<QString, QString>>& units, qsizetype count, const QString& phrase,
                    tm::Concordance::Field field, int max)
{
    QStringList keys;
    tm::Concordance::words(phrase, &keys);
    QList<QString> found;
    for (qsizetype i = count - 1; i >= 0 && found.size() < max; --i) {
        const bool inSource =
            field != tm::Concordance::Field::Target && !tm::Concordance::find(units[i].first, keys).isEmpty();
        const bool inTarget =
            field != tm::Concordance::Field::Source && !tm::Concordance::find(units[i].second, keys).isEmpty();
        if (inSource || inTarget)
            found << units[i].first + QLatin1Char('|') + units[i].second;
    }
    return found;
}

} // namespace

class TestConcordance : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void findsWhatAScanFinds_data();
    void findsWhatAScanFinds();
    void wordsMustFollowEachOther();
    void searchesEveryTmNewestFirst();
    void survivesTheIndexFileAndCatchesUp();
    void skipsUnitsDeletedFromTheStore();
    void textWithoutWordsIsAnError();

private:
    domain::TmUnit unit(qsizetype i, const QString& tmName = s_tm) const
    {
        domain::TmUnit u;
        u.tmName = tmName;
        u.sourceLanguage = QStringLiteral("en");
        u.targetLanguage = QStringLiteral("de");
        u.source = m_pairs[i].first;
        u.target = m_pairs[i].second;
        return u;
    }
    static QList<QString> texts(const QList<tm::Concordance::Hit>& hits)
    {
        QList<QString> out;
        for (const auto& hit : hits)
            out << hit.unit.source + QLatin1Char('|') + hit.unit.target;
        return out;
    }

    QList<std::pair<QString, QString>> m_pairs;
    testsupport::TempWorkspace m_ws;
    std::unique_ptr<tm::TranslationMemory> m_tm; // the first 3,000 pairs
};

void TestConcordance::initTestCase()
{
    const QByteArray tsv =
        testsupport::readTestData(QStringLiteral("tm"), QStringLiteral("debian-descriptions-en-de.tsv"));
    for (const QByteArray& line : tsv.split('\n')) {
        const qsizetype tab = line.indexOf('\t');
        if (tab > 0)
            m_pairs.append({QString::fromUtf8(line.left(tab)), QString::fromUtf8(line.mid(tab + 1))});
    }
    QCOMPARE(m_pairs.size(), 5000);
    QVERIFY2(m_ws.isValid(), qPrintable(m_ws.error()));
    auto opened = tm::TranslationMemory::open(m_ws->tm(), s_tm);
    QVERIFY(opened);
    m_tm = std::move(*opened);
    QVERIFY(inOneTransaction(*m_ws, [&] {
        for (qsizetype i = 0; i < 3000; ++i)
            if (!m_tm->add(unit(i)))
                return false;
        return true;
    }));
}

void TestConcordance::findsWhatAScanFinds_data()
{
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<tm::Concordance::Field>("field");
    QTest::addColumn<int>("max");
    // Phrases taken from the sentences (two and three words from the middle of one), single words,
    // German words in the targets, and a frequent word where the limit cuts.
    QTest::newRow("two words, sources") << m_pairs[120].first.section(QLatin1Char(' '), 2, 3)
                                        << tm::Concordance::Field::Source << 1000;
    QTest::newRow("three words, both") << m_pairs[2042].first.section(QLatin1Char(' '), 1, 3)
                                       << tm::Concordance::Field::Both << 1000;
    QTest::newRow("one word, sources") << QStringLiteral("library") << tm::Concordance::Field::Source << 1000;
    QTest::newRow("German, targets") << QStringLiteral("Bibliothek für") << tm::Concordance::Field::Target << 1000;
    QTest::newRow("German, in sources") << QStringLiteral("Bibliothek") << tm::Concordance::Field::Source << 1000;
    QTest::newRow("frequent word, limit") << QStringLiteral("the") << tm::Concordance::Field::Both << 20;
    QTest::newRow("upper case") << QStringLiteral("GNOME DESKTOP") << tm::Concordance::Field::Both << 1000;
    QTest::newRow("punctuation between") << QStringLiteral("command-line, tool") << tm::Concordance::Field::Both
                                         << 1000;
}

void TestConcordance::findsWhatAScanFinds()
{
    QFETCH(QString, phrase);
    QFETCH(tm::Concordance::Field, field);
    QFETCH(int, max);
    auto hits = tm::Concordance({m_tm.get()}).search(phrase, field, max);
    QVERIFY2(hits, qPrintable(hits ? QString() : hits.error().describe()));
    const QList<QString> expected = scan(m_pairs, 3000, phrase, field, max);
    QVERIFY2(!expected.isEmpty() || QTest::currentDataTag() == QLatin1String("German, in sources"), qPrintable(phrase));
    QCOMPARE(texts(*hits), expected);
    // Each hit marks where the phrase is, on the side it was searched in.
    for (const auto& hit : *hits) {
        QVERIFY(!hit.sourceRanges.isEmpty() || !hit.targetRanges.isEmpty());
        if (field == tm::Concordance::Field::Source)
            QVERIFY(hit.targetRanges.isEmpty());
        if (field == tm::Concordance::Field::Target)
            QVERIFY(hit.sourceRanges.isEmpty());
    }
}

void TestConcordance::wordsMustFollowEachOther()
{
    testsupport::TempWorkspace ws;
    auto tm = tm::TranslationMemory::open(ws->tm(), s_tm);
    QVERIFY(tm);
    domain::TmUnit u = unit(0);
    u.source = QStringLiteral("Open the file, then close the window.");
    u.target = QStringLiteral("Öffnen Sie die Datei und schließen Sie das Fenster.");
    QVERIFY((*tm)->add(u));
    tm::Concordance concordance({tm->get()});
    auto hits = concordance.search(QStringLiteral("file close"), tm::Concordance::Field::Both, 10);
    QVERIFY(hits);
    QVERIFY(hits->isEmpty()); // both words are there, but not one after the other
    hits = concordance.search(QStringLiteral("FILE, then"), tm::Concordance::Field::Both, 10);
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().sourceRanges.size(), 1);
    QCOMPARE(hits->first().sourceRanges.first().start, 9);
    QCOMPARE(hits->first().sourceRanges.first().length, 10);
    hits = concordance.search(QStringLiteral("schließen sie"), tm::Concordance::Field::Source, 10);
    QVERIFY(hits && hits->isEmpty());
    hits = concordance.search(QStringLiteral("SCHLIEßEN SIE"), tm::Concordance::Field::Target, 10);
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
}

void TestConcordance::searchesEveryTmNewestFirst()
{
    testsupport::TempWorkspace ws;
    auto a = tm::TranslationMemory::open(ws->tm(), QStringLiteral("a"));
    auto b = tm::TranslationMemory::open(ws->tm(), QStringLiteral("b"));
    QVERIFY(a && b);
    // Alternating between the TMs, so the newest hits are spread over both.
    QList<std::pair<QString, QString>> added;
    QVERIFY(inOneTransaction(*ws, [&] {
        for (qsizetype i = 0; i < 2000; ++i) {
            if (!(i % 2 ? *b : *a)->add(unit(i, i % 2 ? QStringLiteral("b") : QStringLiteral("a"))))
                return false;
            added << m_pairs[i];
        }
        return true;
    }));
    auto hits = tm::Concordance({a->get(), b->get()}).search(QStringLiteral("the"), tm::Concordance::Field::Source, 30);
    QVERIFY(hits);
    QCOMPARE(texts(*hits), scan(added, added.size(), QStringLiteral("the"), tm::Concordance::Field::Source, 30));
    QSet<QString> tms;
    for (const auto& hit : *hits)
        tms.insert(hit.unit.tmName);
    QCOMPARE(tms.size(), 2);
}

void TestConcordance::survivesTheIndexFileAndCatchesUp()
{
    testsupport::TempWorkspace ws;
    const QString file = tm::TmIndexFile::pathFor(ws->databasePath(), s_tm);
    const QString phrase = m_pairs[1200].first.section(QLatin1Char(' '), 0, 1);
    {
        auto tm = tm::TranslationMemory::open(ws->tm(), s_tm, file);
        QVERIFY(tm);
        QVERIFY(inOneTransaction(*ws, [&] {
            for (qsizetype i = 0; i < 1500; ++i)
                if (!(*tm)->add(unit(i)))
                    return false;
            return true;
        }));
        QVERIFY((*tm)->saveIndex());
    }
    {
        auto tm = tm::TranslationMemory::open(ws->tm(), s_tm, file);
        QVERIFY(tm);
        QCOMPARE((*tm)->indexOrigin(), tm::TranslationMemory::IndexOrigin::Loaded);
        auto hits = tm::Concordance({tm->get()}).search(phrase, tm::Concordance::Field::Both, 1000);
        QVERIFY(hits);
        QCOMPARE(texts(*hits), scan(m_pairs, 1500, phrase, tm::Concordance::Field::Both, 1000));
        QVERIFY(!hits->isEmpty());
    }
    // Another program adds units straight to the store; the next open indexes them on top.
    QVERIFY(inOneTransaction(*ws, [&] {
        for (qsizetype i = 1500; i < 3000; ++i)
            if (!ws->tm().add(unit(i)))
                return false;
        return true;
    }));
    auto tm = tm::TranslationMemory::open(ws->tm(), s_tm, file);
    QVERIFY(tm);
    QCOMPARE((*tm)->indexOrigin(), tm::TranslationMemory::IndexOrigin::CaughtUp);
    auto hits = tm::Concordance({tm->get()}).search(phrase, tm::Concordance::Field::Both, 1000);
    QVERIFY(hits);
    QCOMPARE(texts(*hits), scan(m_pairs, 3000, phrase, tm::Concordance::Field::Both, 1000));
}

void TestConcordance::skipsUnitsDeletedFromTheStore()
{
    testsupport::TempWorkspace ws;
    auto tm = tm::TranslationMemory::open(ws->tm(), s_tm);
    QVERIFY(tm);
    QVERIFY(inOneTransaction(*ws, [&] {
        for (qsizetype i = 0; i < 500; ++i)
            if (!(*tm)->add(unit(i)))
                return false;
        return true;
    }));
    tm::Concordance concordance({tm->get()});
    auto before = concordance.search(QStringLiteral("the"), tm::Concordance::Field::Source, 5);
    QVERIFY(before && before->size() == 5);
    QVERIFY(ws->tm().remove(before->first().rowId));
    auto after = concordance.search(QStringLiteral("the"), tm::Concordance::Field::Source, 5);
    QVERIFY(after);
    QCOMPARE(after->size(), 5);
    QCOMPARE(after->first().rowId, before->at(1).rowId);
}

void TestConcordance::textWithoutWordsIsAnError()
{
    auto hits = tm::Concordance({m_tm.get()}).search(QStringLiteral(" -- ... "), tm::Concordance::Field::Both, 10);
    QVERIFY(!hits);
    QCOMPARE(hits.error().code, domain::ErrorCode::InvalidInput);
    QVERIFY(hits.error().message.contains(QStringLiteral("no word")));
}

QTEST_GUILESS_MAIN(TestConcordance)
#include "TestConcordance.moc"
