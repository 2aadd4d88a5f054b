// Tests the TM index against brute force on real sentences (recall, identical top N), incremental adds.
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include "TestData.h"
#include "tm/TmIndex.h"

using namespace tessera;

class TestTmIndex : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void findsWhatBruteForceFinds_data();
    void findsWhatBruteForceFinds();
    void incrementalAddsAreFound();
    void removedUnitsAreNotFound();
    void punctuationOnlyQueries();

private:
    // The query: a corpus sentence edited as translators' new sources are (a word dropped, replaced
    // by a word of another sentence, or added), or left as it is.
    QString editedQuery(QRandomGenerator& random) const;
    QString variant(qsizetype i) const;

    QStringList m_sources;
};

void TestTmIndex::initTestCase()
{
    QFile file(testsupport::testDataDir(QStringLiteral("tm")) + QStringLiteral("debian-descriptions-en-de.tsv"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    for (const QByteArray& line : file.readAll().split('\n'))
        if (!line.isEmpty())
            m_sources.append(QString::fromUtf8(line.left(line.indexOf('\t'))));
    QCOMPARE(m_sources.size(), 5000);
}

QString TestTmIndex::editedQuery(QRandomGenerator& random) const
{
    QStringList words = m_sources[random.bounded(int(m_sources.size()))].split(QLatin1Char(' '));
    const int edits = random.bounded(4); // 0–3 edits
    for (int e = 0; e < edits && words.size() > 1; ++e) {
        const QStringList other = m_sources[random.bounded(int(m_sources.size()))].split(QLatin1Char(' '));
        const QString word = other[random.bounded(int(other.size()))];
        const int at = random.bounded(int(words.size()));
        switch (random.bounded(6)) {
        case 0:
            words.removeAt(at);
            break;
        case 1:
            words[at] = word;
            break;
        case 2:
            words.insert(at, word);
            break;
        case 3: // case and punctuation: penalties, not edits
            words[at] = words[at].toUpper() + QStringLiteral(",");
            break;
        case 4: // another number, another placeable
            words.insert(at, random.bounded(2) ? QString::number(random.bounded(100)) : QStringLiteral("%s"));
            break;
        default:
            words[at] = word;
            break;
        }
    }
    return words.join(QLatin1Char(' '));
}

QString TestTmIndex::variant(qsizetype i) const
{
    // A corpus sentence with one or two words replaced by words of other sentences: near-duplicates,
    // as real TMs are full of them (ties in score then test the order).
    QRandomGenerator random{quint32(i)};
    QStringList words = m_sources[random.bounded(int(m_sources.size()))].split(QLatin1Char(' '));
    for (int r = 1 + random.bounded(2); r > 0; --r) {
        const QStringList other = m_sources[random.bounded(int(m_sources.size()))].split(QLatin1Char(' '));
        words[random.bounded(int(words.size()))] = other[random.bounded(int(other.size()))];
    }
    return words.join(QLatin1Char(' '));
}

void TestTmIndex::findsWhatBruteForceFinds_data()
{
    QTest::addColumn<int>("threshold");
    QTest::addColumn<int>("maxResults");
    QTest::addColumn<int>("variants");
    QTest::newRow("75%, top 5") << 75 << 5 << 0;
    QTest::newRow("75%, all") << 75 << 100000 << 0;
    QTest::newRow("50%, top 10") << 50 << 10 << 0;
    QTest::newRow("95%, top 3") << 95 << 3 << 0;
    QTest::newRow("75%, top 5, near-duplicates") << 75 << 5 << 8000;
    QTest::newRow("85%, all, near-duplicates") << 85 << 100000 << 8000;
}

void TestTmIndex::findsWhatBruteForceFinds()
{
    QFETCH(int, threshold);
    QFETCH(int, maxResults);
    QFETCH(int, variants);
    tm::TmIndex index(QStringLiteral("en"));
    // The first 4,000 in one bulk load, the rest one by one: both segments are searched.
    index.setBulkLoading(true);
    for (qsizetype i = 0; i < 4000; ++i)
        index.add(m_sources[i], quint64(i));
    index.setBulkLoading(false);
    index.merge();
    for (qsizetype i = 4000; i < m_sources.size(); ++i)
        index.add(m_sources[i], quint64(i));
    for (int i = 0; i < variants; ++i)
        index.add(variant(i), quint64(m_sources.size() + i));
    QVERIFY(index.sideSize() > 0);

    QRandomGenerator random(4);
    qsizetype expected = 0;
    qsizetype found = 0;
    qsizetype nonEmpty = 0;
    for (int q = 0; q < 250; ++q) {
        const tm::TokenizedText query = index.tokenizer().tokenize(editedQuery(random));
        const auto fast = index.lookup(query, threshold, maxResults);
        const auto slow = index.bruteForce(query, threshold, maxResults);
        QStringList a, b;
        for (const auto& hit : fast)
            a.append(QStringLiteral("%1:%2").arg(hit.unit).arg(hit.score()));
        for (const auto& hit : slow)
            b.append(QStringLiteral("%1:%2").arg(hit.unit).arg(hit.score()));
        QCOMPARE(a, b); // identical top N, same order, same scores
        expected += slow.size();
        for (const auto& hit : slow)
            found += a.contains(QStringLiteral("%1:%2").arg(hit.unit).arg(hit.score())) ? 1 : 0;
        nonEmpty += slow.isEmpty() ? 0 : 1;
    }
    QVERIFY2(nonEmpty > 50, "most edited queries should have matches, or the test checks nothing");
    QVERIFY(found * 100 >= expected * 99);
    qInfo("threshold %d, %d near-duplicates: %lld of %lld brute-force matches found, %lld queries with matches",
          threshold, variants, qlonglong(found), qlonglong(expected), qlonglong(nonEmpty));
}

void TestTmIndex::incrementalAddsAreFound()
{
    tm::TmIndex index(QStringLiteral("en"));
    // One by one, across several merges of the side segment into the main one.
    for (qsizetype i = 0; i < m_sources.size(); ++i) {
        index.add(m_sources[i], quint64(1000 + i));
        if (i % 997 == 0 || i == m_sources.size() - 1) {
            const auto hits = index.lookup(m_sources[i], 75, 3);
            QVERIFY(!hits.isEmpty());
            QCOMPARE(hits.first().score(), 100);
            QCOMPARE(hits.first().payload, quint64(1000 + i));
            QCOMPARE(hits.first().source, m_sources[i]);
        }
    }
    QCOMPARE(index.size(), m_sources.size());
    QVERIFY(index.sideSize() < index.size()); // merged at least once
    // A new sentence close to an old one is found right after it is added, beside the old one.
    const QString added = m_sources[10] + QStringLiteral(" Really.");
    index.add(added, 42);
    const auto hits = index.lookup(added, 75, 5);
    QVERIFY(hits.size() >= 2);
    QCOMPARE(hits[0].payload, quint64(42));
    QCOMPARE(hits[0].score(), 100);
    QVERIFY(std::any_of(hits.begin() + 1, hits.end(), [](const auto& hit) { return hit.payload == 1010; }));
}

void TestTmIndex::removedUnitsAreNotFound()
{
    tm::TmIndex index(QStringLiteral("en"));
    const quint32 a = index.add(QStringLiteral("Save the current file"), 1);
    index.add(QStringLiteral("Save the current document"), 2);
    index.remove(a);
    const auto hits = index.lookup(QStringLiteral("Save the current file"), 70, 5);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits[0].payload, quint64(2));
    QCOMPARE(hits[0].score(), 75);
}

void TestTmIndex::punctuationOnlyQueries()
{
    tm::TmIndex index(QStringLiteral("en"));
    index.add(QStringLiteral("..."), 1);
    index.add(QStringLiteral("Yes"), 2);
    const auto hits = index.lookup(QStringLiteral("..."), 75, 5);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits[0].payload, quint64(1));
    QCOMPARE(hits[0].score(), 100);
}

QTEST_GUILESS_MAIN(TestTmIndex)
#include "TestTmIndex.moc"
