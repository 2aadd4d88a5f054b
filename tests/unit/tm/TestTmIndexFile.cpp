// TestTmIndexFile: a TM index saved and loaded back answers every lookup as the one built from the
// sentences did (real Debian sentences, tests/data/tm); damaged files are refused, not trusted.
// A workspace TM opened with its index file loads it, catches up on units added since and rebuilds
// after a removal. Also Concordance's word ranges, which highlight concordance hits.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "TempWorkspace.h"
#include "store/TmRepository.h"
#include "store/Workspace.h"
#include "tm/Concordance.h"
#include "tm/TmIndex.h"
#include "tm/TmIndexFile.h"
#include "tm/TranslationMemory.h"

using namespace tessera;

class TestTmIndexFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loadedIndexAnswersLikeTheBuiltOne();
    void damagedFilesAreRefused_data();
    void damagedFilesAreRefused();
    void workspaceTmLoadsCatchesUpAndRebuilds();
    void concordanceRanges_data();
    void concordanceRanges();

private:
    QStringList m_sentences;
    QTemporaryDir m_dir;
    QString m_file;
};

void TestTmIndexFile::initTestCase()
{
    QFile file(qEnvironmentVariable("TESSERA_SOURCE_DIR") +
               QStringLiteral("/tests/data/tm/debian-descriptions-en-de.tsv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    for (const QByteArray& line : file.readAll().split('\n'))
        if (line.contains('\t'))
            m_sentences.append(QString::fromUtf8(line.left(line.indexOf('\t'))));
    QCOMPARE(m_sentences.size(), 5000);
    m_file = m_dir.filePath(QStringLiteral("a.idx"));
}

void TestTmIndexFile::loadedIndexAnswersLikeTheBuiltOne()
{
    tm::TmIndexFile::Indexes indexes;
    auto& built = indexes[{QStringLiteral("en"), QStringLiteral("de")}];
    built = std::make_unique<tm::TmIndex>(QStringLiteral("en"));
    tm::ConcordanceIndex wordIndex;
    for (qsizetype i = 0; i < 4000; ++i) {
        built->add(m_sentences[i], quint64(1000 + i));
        wordIndex.add(m_sentences[i], m_sentences[4999 - i], quint64(1000 + i));
    }
    built->remove(17);
    wordIndex.remove(17);
    QVERIFY(tm::TmIndexFile::save(m_file, {42, 4999}, indexes, wordIndex));

    auto loaded = tm::TmIndexFile::load(m_file);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().describe()));
    QCOMPARE(loaded->stamp, (tm::TmIndexFile::Stamp{42, 4999}));
    QCOMPARE(loaded->indexes.size(), std::size_t(1));
    tm::TmIndex& again = *loaded->indexes.at({QStringLiteral("en"), QStringLiteral("de")});
    QCOMPARE(again.size(), built->size());
    QCOMPARE(again.liveSize(), built->liveSize());
    QVERIFY(again.isRemoved(17));
    int compared = 0;
    for (qsizetype q = 0; q < 5000; q += 25) { // sentences in the index and sentences not in it
        QStringList words = m_sentences[q].split(QLatin1Char(' '));
        if (words.size() > 3)
            words.removeAt(1);
        const QString query = words.join(QLatin1Char(' '));
        const auto expected = built->lookup(query, 60, 5);
        const auto actual = again.lookup(query, 60, 5);
        QCOMPARE(actual.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(actual[i].payload, expected[i].payload);
            QCOMPARE(actual[i].score(), expected[i].score());
            QCOMPARE(actual[i].source, expected[i].source);
        }
        compared += int(expected.size());
    }
    QVERIFY(compared > 100);
    // The concordance index gives the same candidates, the removed unit left out.
    auto candidates = [](const tm::ConcordanceIndex& index, const QString& phrase) {
        QStringList keys;
        tm::Concordance::words(phrase, &keys);
        QList<quint64> found;
        index.candidates(keys, tm::ConcordanceIndex::Field::Both, [&](const tm::ConcordanceIndex::Candidate& c) {
            found << c.payload << quint64(c.inSource) << quint64(c.inTarget);
            return true;
        });
        return found;
    };
    QCOMPARE(loaded->concordance.size(), wordIndex.size());
    qsizetype hits = 0;
    for (qsizetype q = 0; q < 4000; q += 40) {
        const QString phrase = m_sentences[q].section(QLatin1Char(' '), 0, 1);
        const QList<quint64> expected = candidates(wordIndex, phrase);
        QCOMPARE(candidates(loaded->concordance, phrase), expected);
        hits += expected.size();
    }
    QVERIFY(hits > 100);
    QVERIFY(!candidates(loaded->concordance, m_sentences[17]).contains(1017));
    // Adding to a loaded index works like adding to a built one.
    const quint32 unit = again.add(m_sentences[4500], 9999);
    const auto found = again.lookup(m_sentences[4500], 100, 1);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].unit, unit);
}

void TestTmIndexFile::damagedFilesAreRefused_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("missing") << QStringLiteral("missing");
    QTest::newRow("truncated") << QStringLiteral("truncated");
    QTest::newRow("foreign") << QStringLiteral("foreign");
    QTest::newRow("posting out of range") << QStringLiteral("posting");
}

void TestTmIndexFile::damagedFilesAreRefused()
{
    QFETCH(QString, damage);
    tm::TmIndexFile::Indexes indexes;
    auto& index = indexes[{QStringLiteral("en"), QStringLiteral("de")}];
    index = std::make_unique<tm::TmIndex>(QStringLiteral("en"));
    tm::ConcordanceIndex wordIndex;
    for (qsizetype i = 0; i < 300; ++i) {
        index->add(m_sentences[i], quint64(i));
        wordIndex.add(m_sentences[i], QString(), quint64(i));
    }
    const QString path = m_dir.filePath(damage + QStringLiteral(".idx"));
    QVERIFY(tm::TmIndexFile::save(path, {1, 300}, indexes, wordIndex));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    if (damage == QLatin1String("missing")) {
        file.remove();
    } else if (damage == QLatin1String("truncated")) {
        QVERIFY(file.resize(bytes.size() - 100));
    } else if (damage == QLatin1String("foreign")) {
        file.seek(0);
        file.write("SQLite format 3");
    } else {
        // The concordance postings are the last array before the end marker: make the last one point
        // past the units.
        const quint32 past = 1000000;
        file.seek(bytes.size() - 8 - 4);
        file.write(reinterpret_cast<const char*>(&past), 4);
    }
    file.close();
    auto loaded = tm::TmIndexFile::load(path);
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().message.contains(path), qPrintable(loaded.error().message));
}

void TestTmIndexFile::workspaceTmLoadsCatchesUpAndRebuilds()
{
    testsupport::TempWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    const QString indexFile = tm::TmIndexFile::pathFor(ws->databasePath(), QStringLiteral("project"));
    auto unit = [&](qsizetype i) {
        domain::TmUnit u;
        u.tmName = QStringLiteral("project");
        u.sourceLanguage = QStringLiteral("en");
        u.targetLanguage = QStringLiteral("de");
        u.source = m_sentences[i];
        u.target = QStringLiteral("T") + QString::number(i);
        return u;
    };
    auto best = [&](tm::TranslationMemory& tm, qsizetype i) {
        auto matches = tm.lookup(m_sentences[i], QStringLiteral("en"), QStringLiteral("de"));
        return matches && !matches->isEmpty() && matches->first().score == 100 &&
               matches->first().unit.target == QStringLiteral("T") + QString::number(i);
    };
    {
        auto tm = tm::TranslationMemory::open(ws->tm(), QStringLiteral("project"), indexFile);
        QVERIFY(tm);
        QCOMPARE((*tm)->indexOrigin(), tm::TranslationMemory::IndexOrigin::Built); // no file yet
        for (qsizetype i = 0; i < 200; ++i)
            QVERIFY((*tm)->add(unit(i)));
        QVERIFY((*tm)->saveIndex());
    }
    qint64 removeRow = 0;
    {
        auto tm = tm::TranslationMemory::open(ws->tm(), QStringLiteral("project"), indexFile);
        QVERIFY(tm);
        QCOMPARE((*tm)->indexOrigin(), tm::TranslationMemory::IndexOrigin::Loaded);
        QCOMPARE((*tm)->size(), 200);
        QVERIFY(best(**tm, 150));
        // Added without saving the file (as the desktop app does while translating).
        for (qsizetype i = 200; i < 230; ++i)
            QVERIFY((*tm)->add(unit(i)));
        auto again = (*tm)->add(unit(10)); // the same pair: an update, not a new unit
        QVERIFY(again && !again->inserted);
        removeRow = again->rowId;
    }
    {
        auto tm = tm::TranslationMemory::open(ws->tm(), QStringLiteral("project"), indexFile);
        QVERIFY(tm);
        QCOMPARE((*tm)->indexOrigin(), tm::TranslationMemory::IndexOrigin::CaughtUp);
        QCOMPARE((*tm)->size(), 230);
        QVERIFY(best(**tm, 220));
        QVERIFY(best(**tm, 10));
    }
    {
        auto tm = tm::TranslationMemory::open(ws->tm(), QStringLiteral("project"), indexFile);
        QCOMPARE((*tm)->indexOrigin(), tm::TranslationMemory::IndexOrigin::Loaded); // the catch-up was saved
    }
    // A removal cannot be caught up on: the index is built again, without the unit.
    QVERIFY(ws->tm().remove(removeRow));
    QVERIFY(ws->tm().add(unit(300)));
    {
        auto tm = tm::TranslationMemory::open(ws->tm(), QStringLiteral("project"), indexFile);
        QVERIFY(tm);
        QCOMPARE((*tm)->indexOrigin(), tm::TranslationMemory::IndexOrigin::Built);
        QCOMPARE((*tm)->size(), 230);
        QVERIFY(!best(**tm, 10));
        QVERIFY(best(**tm, 220));
    }
    // Each save was written beside the file and renamed over it: nothing else is left in the folder.
    QCOMPARE(QDir(QFileInfo(indexFile).absolutePath()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QFileInfo(indexFile).fileName()});
}

void TestTmIndexFile::concordanceRanges_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<int>>("ranges"); // start, length, start, length…
    QTest::newRow("phrase across a hyphen") << QStringLiteral("A command-line tool; the Command Line.")
                                            << QStringLiteral("command line") << QList<int>{2, 12, 25, 12};
    QTest::newRow("whole words only") << QStringLiteral("Libraries and the library") << QStringLiteral("library")
                                      << QList<int>{18, 7};
    QTest::newRow("umlaut, other case") << QStringLiteral("ÜBER die Brücke, über alles") << QStringLiteral("über")
                                        << QList<int>{0, 4, 17, 4};
    QTest::newRow("after a non-BMP character")
        << QStringLiteral("𝔘 file and 😀 file") << QStringLiteral("FILE") << QList<int>{3, 4, 15, 4};
    QTest::newRow("not there") << QStringLiteral("open the file") << QStringLiteral("file open") << QList<int>{};
}

void TestTmIndexFile::concordanceRanges()
{
    QFETCH(QString, text);
    QFETCH(QString, query);
    QFETCH(QList<int>, ranges);
    QStringList keys;
    tm::Concordance::words(query, &keys);
    QList<int> actual;
    for (const auto& r : tm::Concordance::find(text, keys))
        actual << r.start << r.length;
    QCOMPARE(actual, ranges);
}

QTEST_GUILESS_MAIN(TestTmIndexFile)
#include "TestTmIndexFile.moc"
