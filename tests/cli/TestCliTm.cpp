// TestCliTm: `tm import|export|stats|set|lookup|concordance` through the real tessera-cli on real
// sentence pairs (Debian package descriptions, tests/data/tm) written as TMX by TmxWriter: round
// trips, dedupe on re-import, all-or-nothing imports, read-only TMs, penalties, batch JSON Lines,
// concordance ranges, and the saved index file being reused and rebuilt when damaged.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "CliRunner.h"
#include "formats/TmxReader.h"
#include "formats/TmxWriter.h"

using tessera::testsupport::CliRun;
using tessera::testsupport::CliRunner;
using tessera::testsupport::writeFile;

namespace {

struct Pair {
    QString source;
    QString target;
};

QList<Pair> loadPairs()
{
    QFile file(qEnvironmentVariable("TESSERA_SOURCE_DIR") +
               QStringLiteral("/tests/data/tm/debian-descriptions-en-de.tsv"));
    QList<Pair> pairs;
    if (!file.open(QIODevice::ReadOnly))
        return pairs;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const qsizetype tab = line.indexOf('\t');
        if (tab > 0)
            pairs.append(Pair{QString::fromUtf8(line.left(tab)), QString::fromUtf8(line.mid(tab + 1))});
    }
    return pairs;
}

QByteArray tmx(const QList<Pair>& pairs)
{
    QList<tessera::formats::TmxUnit> units;
    for (const Pair& p : pairs) {
        tessera::formats::TmxUnit unit;
        unit.unit.sourceLanguage = QStringLiteral("en");
        unit.unit.targetLanguage = QStringLiteral("de");
        unit.unit.source = p.source;
        unit.unit.target = p.target;
        unit.unit.creator = QStringLiteral("ddtp");
        unit.unit.createdAt = QDateTime(QDate(2026, 11, 23), QTime(9, 0), QTimeZone::UTC);
        unit.unit.changedAt = unit.unit.createdAt;
        units.append(unit);
    }
    auto bytes =
        tessera::formats::TmxWriter::toBytes(tessera::formats::TmxWriter::defaultHeader(QStringLiteral("en")), units);
    return bytes ? *bytes : QByteArray();
}

QSet<QString> pairKeys(const QList<Pair>& pairs)
{
    QSet<QString> keys;
    for (const Pair& p : pairs)
        keys.insert(p.source + QLatin1Char('\t') + p.target);
    return keys;
}

// Lower-cased word sequence check, as a reader would do it: does `text` hold `phrase` as whole words?
bool holdsWords(const QString& text, const QString& phrase)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}\\p{M}]+"));
    const QString words = QLatin1Char(' ') +
                          text.toCaseFolded().split(nonWord, Qt::SkipEmptyParts).join(QLatin1Char(' ')) +
                          QLatin1Char(' ');
    return words.contains(QLatin1Char(' ') + phrase.toCaseFolded() + QLatin1Char(' '));
}

} // namespace

class TestCliTm : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importExportImportKeepsUnits();
    void reimportUpdatesInsteadOfDuplicating();
    void badTmxImportsNothing();
    void readOnlyTmRefusesImports();
    void lookupFindsExactAndFuzzyMatches();
    void penaltyAndPriorityShowInScores();
    void batchLookupPrintsJsonLines();
    void concordanceFindsPhrasesWithRanges();
    void indexFileIsReusedAndRebuilt();
    void usageErrors();

private:
    CliRun run(const QStringList& arguments) const { return m_cli.run(m_dir.path(), arguments); }
    QJsonObject stats(const QString& workspace, const QString& tm) const;

    CliRunner m_cli;
    QTemporaryDir m_dir; // the shared workspace: TM "debian" with the first 3,000 pairs
    QList<Pair> m_pairs;
    QString m_tmx;
};

QJsonObject TestCliTm::stats(const QString& workspace, const QString& tm) const
{
    const CliRun listed =
        m_cli.run(workspace, {QStringLiteral("--json"), QStringLiteral("tm"), QStringLiteral("stats")});
    for (const QJsonValue& memory : listed.json().object().value(QStringLiteral("memories")).toArray())
        if (memory.toObject().value(QStringLiteral("name")).toString() == tm)
            return memory.toObject();
    return {};
}

void TestCliTm::initTestCase()
{
    m_pairs = loadPairs();
    QCOMPARE(m_pairs.size(), 5000);
    QVERIFY(m_dir.isValid());
    m_tmx = m_dir.filePath(QStringLiteral("debian.tmx"));
    QVERIFY(writeFile(m_tmx, tmx(m_pairs.mid(0, 3000))));
    const CliRun imported = run({QStringLiteral("--json"), QStringLiteral("tm"), QStringLiteral("import"), m_tmx});
    QVERIFY2(imported.exitCode == 0, imported.describe());
    const QJsonObject summary = imported.json().object();
    QCOMPARE(summary.value(QStringLiteral("tm")).toString(), QStringLiteral("debian")); // from the file name
    QCOMPARE(summary.value(QStringLiteral("read")).toInt(), 3000);
    QCOMPARE(summary.value(QStringLiteral("added")).toInt(), pairKeys(m_pairs.mid(0, 3000)).size());
}

void TestCliTm::importExportImportKeepsUnits()
{
    const QString out = m_dir.filePath(QStringLiteral("out/debian-export.tmx"));
    const CliRun exported = run({QStringLiteral("--json"), QStringLiteral("tm"), QStringLiteral("export"),
                                 QStringLiteral("--tm"), QStringLiteral("debian"), QStringLiteral("--out"), out});
    QVERIFY2(exported.exitCode == 0, exported.describe());
    QCOMPARE(exported.json().object().value(QStringLiteral("units")).toInt(), pairKeys(m_pairs.mid(0, 3000)).size());

    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto read = tessera::formats::TmxReader::readAll(file.readAll(), out);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().describe()));
    QList<Pair> back;
    for (const auto& unit : read->units) {
        QCOMPARE(unit.unit.sourceLanguage, QStringLiteral("en"));
        QCOMPARE(unit.unit.targetLanguage, QStringLiteral("de"));
        QCOMPARE(unit.unit.creator, QStringLiteral("ddtp"));
        back.append(Pair{unit.unit.source, unit.unit.target});
    }
    QCOMPARE(pairKeys(back), pairKeys(m_pairs.mid(0, 3000)));

    // Into another workspace: the same units again.
    QTemporaryDir other;
    const CliRun again =
        m_cli.run(other.path(), {QStringLiteral("--json"), QStringLiteral("tm"), QStringLiteral("import"), out,
                                 QStringLiteral("--tm"), QStringLiteral("copy")});
    QVERIFY2(again.exitCode == 0, again.describe());
    QCOMPARE(again.json().object().value(QStringLiteral("added")).toInt(), back.size());
    const QJsonObject copy = stats(other.path(), QStringLiteral("copy"));
    QCOMPARE(copy.value(QStringLiteral("units")).toInt(), back.size());
    const QJsonArray pairs = copy.value(QStringLiteral("language_pairs")).toArray();
    QCOMPARE(pairs.size(), 1);
    QCOMPARE(pairs[0].toObject().value(QStringLiteral("source")).toString(), QStringLiteral("en"));
    QCOMPARE(pairs[0].toObject().value(QStringLiteral("target")).toString(), QStringLiteral("de"));
    QCOMPARE(pairs[0].toObject().value(QStringLiteral("units")).toInt(), back.size());
}

void TestCliTm::reimportUpdatesInsteadOfDuplicating()
{
    QTemporaryDir ws;
    const QString first = ws.filePath(QStringLiteral("a.tmx"));
    const QString second = ws.filePath(QStringLiteral("b.tmx"));
    QVERIFY(writeFile(first, tmx(m_pairs.mid(0, 400))));
    QVERIFY(writeFile(second, tmx(m_pairs.mid(200, 400)))); // 200 already there, 200 new
    const QStringList import{QStringLiteral("--json"), QStringLiteral("tm"), QStringLiteral("import")};
    const CliRun a = m_cli.run(ws.path(), import + QStringList{first, QStringLiteral("--tm"), QStringLiteral("t")});
    QVERIFY2(a.exitCode == 0, a.describe());
    const CliRun b = m_cli.run(ws.path(), import + QStringList{second, QStringLiteral("--tm"), QStringLiteral("t")});
    QVERIFY2(b.exitCode == 0, b.describe());
    const QJsonObject summary = b.json().object();
    QCOMPARE(summary.value(QStringLiteral("read")).toInt(), 400);
    QCOMPARE(summary.value(QStringLiteral("added")).toInt(), 200);
    QCOMPARE(summary.value(QStringLiteral("updated")).toInt(), 200);
    QCOMPARE(stats(ws.path(), QStringLiteral("t")).value(QStringLiteral("units")).toInt(), 600);
    // The same pair several times in one file: one unit, one more use each time.
    const QString repeated = ws.filePath(QStringLiteral("c.tmx"));
    QVERIFY(writeFile(repeated, tmx({m_pairs[4000], m_pairs[4001], m_pairs[4000], m_pairs[4000]})));
    const CliRun r = m_cli.run(ws.path(), import + QStringList{repeated, QStringLiteral("--tm"), QStringLiteral("t")});
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.json().object().value(QStringLiteral("added")).toInt(), 2);
    QCOMPARE(r.json().object().value(QStringLiteral("updated")).toInt(), 2);
    QCOMPARE(stats(ws.path(), QStringLiteral("t")).value(QStringLiteral("units")).toInt(), 602);
    const QString out = ws.filePath(QStringLiteral("t-out.tmx"));
    QCOMPARE(m_cli
                 .run(ws.path(), {QStringLiteral("tm"), QStringLiteral("export"), QStringLiteral("--tm"),
                                  QStringLiteral("t"), QStringLiteral("--out"), out})
                 .exitCode,
             0);
    QFile exported(out);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    auto units = tessera::formats::TmxReader::readAll(exported.readAll(), out);
    QVERIFY(units);
    QCOMPARE(units->units.size(), 602);
    QHash<QString, int> uses;
    for (const auto& unit : units->units)
        uses.insert(unit.unit.source, unit.unit.usageCount);
    QCOMPARE(uses.value(m_pairs[4000].source), 2); // added once, then two more times
    QCOMPARE(uses.value(m_pairs[4001].source), 0);
    QCOMPARE(uses.value(m_pairs[300].source), 1); // in both a.tmx and b.tmx
    QCOMPARE(uses.value(m_pairs[0].source), 0);
    // The same pair in another TM is that TM's own unit.
    const CliRun c = m_cli.run(ws.path(), import + QStringList{second, QStringLiteral("--tm"), QStringLiteral("u")});
    QVERIFY2(c.exitCode == 0, c.describe());
    QCOMPARE(c.json().object().value(QStringLiteral("added")).toInt(), 400);
    QCOMPARE(stats(ws.path(), QStringLiteral("t")).value(QStringLiteral("units")).toInt(), 602);
}

void TestCliTm::badTmxImportsNothing()
{
    QTemporaryDir ws;
    QByteArray bytes = tmx(m_pairs);
    // Break the file after 4,500 good units (more than one batch is stored before the error): a
    // <seg> that is never closed.
    qsizetype at = 0;
    for (int i = 0; i < 4500; ++i)
        at = bytes.indexOf("</tu>", at) + 5;
    bytes.insert(at, "\n<tu><tuv xml:lang=\"en\"><seg>broken</tuv></tu>");
    const int line = int(bytes.left(at).count('\n')) + 2;
    const QString path = ws.filePath(QStringLiteral("broken.tmx"));
    QVERIFY(writeFile(path, bytes));
    const CliRun failed = m_cli.run(ws.path(), {QStringLiteral("tm"), QStringLiteral("import"), path});
    QCOMPARE(failed.exitCode, 3);
    QVERIFY2(failed.err.contains("broken.tmx"), failed.describe());
    QVERIFY2(failed.err.contains(QByteArray::number(line)), failed.describe());
    QVERIFY(stats(ws.path(), QStringLiteral("broken")).isEmpty()); // no empty TM left behind
    const CliRun lookup =
        m_cli.run(ws.path(), {QStringLiteral("--json"), QStringLiteral("tm"), QStringLiteral("lookup"),
                              m_pairs[0].source, QStringLiteral("--source-lang"), QStringLiteral("en"),
                              QStringLiteral("--target-lang"), QStringLiteral("de")});
    QVERIFY2(lookup.exitCode == 0, lookup.describe());
    QCOMPARE(lookup.json().object().value(QStringLiteral("matches")).toArray().size(), 0);
}

void TestCliTm::readOnlyTmRefusesImports()
{
    QTemporaryDir ws;
    const QString path = ws.filePath(QStringLiteral("ref.tmx"));
    QVERIFY(writeFile(path, tmx(m_pairs.mid(0, 100))));
    QCOMPARE(m_cli.run(ws.path(), {QStringLiteral("tm"), QStringLiteral("import"), path}).exitCode, 0);
    const CliRun set = m_cli.run(
        ws.path(), {QStringLiteral("tm"), QStringLiteral("set"), QStringLiteral("ref"), QStringLiteral("--read-only")});
    QVERIFY2(set.exitCode == 0, set.describe());
    QVERIFY(stats(ws.path(), QStringLiteral("ref")).value(QStringLiteral("read_only")).toBool());
    const QString more = ws.filePath(QStringLiteral("more.tmx"));
    QVERIFY(writeFile(more, tmx(m_pairs.mid(100, 100))));
    const CliRun refused = m_cli.run(ws.path(), {QStringLiteral("tm"), QStringLiteral("import"), more,
                                                 QStringLiteral("--tm"), QStringLiteral("ref")});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains("read-only"), refused.describe());
    QCOMPARE(stats(ws.path(), QStringLiteral("ref")).value(QStringLiteral("units")).toInt(), 100);
    QCOMPARE(m_cli
                 .run(ws.path(), {QStringLiteral("tm"), QStringLiteral("set"), QStringLiteral("ref"),
                                  QStringLiteral("--writable")})
                 .exitCode,
             0);
    QCOMPARE(m_cli
                 .run(ws.path(), {QStringLiteral("tm"), QStringLiteral("import"), more, QStringLiteral("--tm"),
                                  QStringLiteral("ref")})
                 .exitCode,
             0);
    QCOMPARE(stats(ws.path(), QStringLiteral("ref")).value(QStringLiteral("units")).toInt(), 200);
}

void TestCliTm::lookupFindsExactAndFuzzyMatches()
{
    const Pair& exact = m_pairs[42];
    const QStringList langs{QStringLiteral("--source-lang"), QStringLiteral("en"), QStringLiteral("--target-lang"),
                            QStringLiteral("de")};
    const CliRun found = run(
        QStringList{QStringLiteral("--json"), QStringLiteral("tm"), QStringLiteral("lookup"), exact.source} + langs);
    QVERIFY2(found.exitCode == 0, found.describe());
    const QJsonArray matches = found.json().object().value(QStringLiteral("matches")).toArray();
    QVERIFY(!matches.isEmpty());
    QCOMPARE(matches[0].toObject().value(QStringLiteral("score")).toInt(), 100);
    QCOMPARE(matches[0].toObject().value(QStringLiteral("source")).toString(), exact.source);
    QCOMPARE(matches[0].toObject().value(QStringLiteral("target")).toString(), exact.target);
    QCOMPARE(matches[0].toObject().value(QStringLiteral("tm")).toString(), QStringLiteral("debian"));

    // A long sentence with one word dropped: a fuzzy match, not 100.
    const Pair* longer = nullptr;
    for (const Pair& p : m_pairs.mid(0, 3000))
        if (p.source.count(QLatin1Char(' ')) >= 12) {
            longer = &p;
            break;
        }
    QVERIFY(longer);
    QStringList words = longer->source.split(QLatin1Char(' '));
    words.removeAt(3);
    const CliRun fuzzy =
        run(QStringList{QStringLiteral("tm"), QStringLiteral("lookup"), words.join(QLatin1Char(' '))} + langs);
    QVERIFY2(fuzzy.exitCode == 0, fuzzy.describe());
    QVERIFY2(fuzzy.out.contains("SCORE") && fuzzy.out.contains("debian"), fuzzy.describe());
    const CliRun fuzzyJson = run(QStringList{QStringLiteral("--json"), QStringLiteral("tm"), QStringLiteral("lookup"),
                                             words.join(QLatin1Char(' '))} +
                                 langs);
    const QJsonObject best = fuzzyJson.json().object().value(QStringLiteral("matches")).toArray().at(0).toObject();
    QCOMPARE(best.value(QStringLiteral("source")).toString(), longer->source);
    QVERIFY(best.value(QStringLiteral("score")).toInt() >= 75);
    QVERIFY(best.value(QStringLiteral("score")).toInt() < 100);

    // Nothing for another language pair.
    const CliRun french = run({QStringLiteral("--json"), QStringLiteral("tm"), QStringLiteral("lookup"), exact.source,
                               QStringLiteral("--source-lang"), QStringLiteral("en"), QStringLiteral("--target-lang"),
                               QStringLiteral("fr")});
    QCOMPARE(french.exitCode, 0);
    QCOMPARE(french.json().object().value(QStringLiteral("matches")).toArray().size(), 0);
}

void TestCliTm::penaltyAndPriorityShowInScores()
{
    QTemporaryDir ws;
    const QString path = ws.filePath(QStringLiteral("ref.tmx"));
    QVERIFY(writeFile(path, tmx(m_pairs.mid(0, 100))));
    QCOMPARE(m_cli.run(ws.path(), {QStringLiteral("tm"), QStringLiteral("import"), path}).exitCode, 0);
    QCOMPARE(m_cli
                 .run(ws.path(),
                      {QStringLiteral("tm"), QStringLiteral("set"), QStringLiteral("ref"), QStringLiteral("--penalty"),
                       QStringLiteral("10"), QStringLiteral("--priority"), QStringLiteral("3")})
                 .exitCode,
             0);
    const QJsonObject ref = stats(ws.path(), QStringLiteral("ref"));
    QCOMPARE(ref.value(QStringLiteral("penalty")).toInt(), 10);
    QCOMPARE(ref.value(QStringLiteral("priority")).toInt(), 3);
    const CliRun found = m_cli.run(ws.path(), {QStringLiteral("--json"), QStringLiteral("tm"), QStringLiteral("lookup"),
                                               m_pairs[7].source, QStringLiteral("--source-lang"), QStringLiteral("en"),
                                               QStringLiteral("--target-lang"), QStringLiteral("de")});
    QVERIFY2(found.exitCode == 0, found.describe());
    const QJsonArray matches = found.json().object().value(QStringLiteral("matches")).toArray();
    QVERIFY(!matches.isEmpty());
    QCOMPARE(matches[0].toObject().value(QStringLiteral("score")).toInt(), 90);
    QCOMPARE(matches[0].toObject().value(QStringLiteral("source")).toString(), m_pairs[7].source);
    // A penalty out of range is a usage error and changes nothing.
    QCOMPARE(m_cli
                 .run(ws.path(), {QStringLiteral("tm"), QStringLiteral("set"), QStringLiteral("ref"),
                                  QStringLiteral("--penalty"), QStringLiteral("101")})
                 .exitCode,
             2);
    QCOMPARE(stats(ws.path(), QStringLiteral("ref")).value(QStringLiteral("penalty")).toInt(), 10);
    // An unknown TM is bad input.
    QCOMPARE(m_cli
                 .run(ws.path(), {QStringLiteral("tm"), QStringLiteral("set"), QStringLiteral("nope"),
                                  QStringLiteral("--read-only")})
                 .exitCode,
             3);
}

void TestCliTm::batchLookupPrintsJsonLines()
{
    const QString queries = m_dir.filePath(QStringLiteral("queries.txt"));
    const QString nonsense = QStringLiteral("zzzq xxyq wwvq");
    QVERIFY(writeFile(queries, (m_pairs[1].source + QLatin1Char('\n') + nonsense + QStringLiteral("\n\n") +
                                m_pairs[2999].source + QLatin1Char('\n'))
                                   .toUtf8()));
    const CliRun batch = run({QStringLiteral("tm"), QStringLiteral("lookup"), QStringLiteral("--batch"), queries,
                              QStringLiteral("--source-lang"), QStringLiteral("en"), QStringLiteral("--target-lang"),
                              QStringLiteral("de"), QStringLiteral("--max"), QStringLiteral("3")});
    QVERIFY2(batch.exitCode == 0, batch.describe());
    const QList<QByteArray> lines = batch.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3); // the empty line is no query
    const QStringList expected{m_pairs[1].source, nonsense, m_pairs[2999].source};
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QJsonParseError error;
        const QJsonObject line = QJsonDocument::fromJson(lines[i], &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, lines[i].constData());
        QCOMPARE(line.value(QStringLiteral("query")).toString(), expected[i]);
        QVERIFY(line.value(QStringLiteral("elapsed_us")).isDouble());
        QVERIFY(line.value(QStringLiteral("elapsed_us")).toInteger() >= 0);
        const QJsonArray matches = line.value(QStringLiteral("matches")).toArray();
        QVERIFY(matches.size() <= 3);
        if (i == 1) {
            QCOMPARE(matches.size(), 0);
            continue;
        }
        QVERIFY(!matches.isEmpty());
        const QJsonObject first = matches[0].toObject();
        for (const char* field : {"score", "source", "target", "tm"})
            QVERIFY2(first.contains(QLatin1String(field)), field);
        QCOMPARE(first.value(QStringLiteral("score")).toInt(), 100);
        QCOMPARE(first.value(QStringLiteral("target")).toString(), i == 0 ? m_pairs[1].target : m_pairs[2999].target);
        int previous = 101;
        for (const QJsonValue& m : matches) { // best first
            QVERIFY(m.toObject().value(QStringLiteral("score")).toInt() <= previous);
            previous = m.toObject().value(QStringLiteral("score")).toInt();
        }
    }
}

void TestCliTm::concordanceFindsPhrasesWithRanges()
{
    const QString phrase = QStringLiteral("Command-Line");
    const QString words = QStringLiteral("command line");
    int expected = 0;
    for (const Pair& p : m_pairs.mid(0, 3000))
        expected += holdsWords(p.source, words) ? 1 : 0;
    QVERIFY(expected > 5);
    const CliRun found =
        run({QStringLiteral("--json"), QStringLiteral("tm"), QStringLiteral("concordance"), phrase,
             QStringLiteral("--in"), QStringLiteral("source"), QStringLiteral("--max"), QStringLiteral("1000")});
    QVERIFY2(found.exitCode == 0, found.describe());
    const QJsonArray hits = found.json().object().value(QStringLiteral("hits")).toArray();
    QCOMPARE(hits.size(), expected);
    for (const QJsonValue& value : hits) {
        const QJsonObject hit = value.toObject();
        const QString source = hit.value(QStringLiteral("source")).toString();
        QVERIFY(holdsWords(source, words));
        const QJsonArray ranges = hit.value(QStringLiteral("source_ranges")).toArray();
        QVERIFY2(!ranges.isEmpty(), qPrintable(source));
        for (const QJsonValue& r : ranges) {
            const QString span = source.mid(r.toObject().value(QStringLiteral("start")).toInt(),
                                            r.toObject().value(QStringLiteral("length")).toInt());
            QVERIFY2(holdsWords(span, words) && span.size() == words.size(), qPrintable(span));
        }
        QCOMPARE(hit.value(QStringLiteral("tm")).toString(), QStringLiteral("debian"));
    }
    // In targets: a German word, ranges in the target.
    const CliRun german = run({QStringLiteral("--json"), QStringLiteral("tm"), QStringLiteral("concordance"),
                               QStringLiteral("Bibliothek"), QStringLiteral("--in"), QStringLiteral("target"),
                               QStringLiteral("--max"), QStringLiteral("5")});
    QVERIFY2(german.exitCode == 0, german.describe());
    const QJsonArray germanHits = german.json().object().value(QStringLiteral("hits")).toArray();
    QCOMPARE(germanHits.size(), 5);
    for (const QJsonValue& value : germanHits) {
        const QString target = value.toObject().value(QStringLiteral("target")).toString();
        const QJsonObject r = value.toObject().value(QStringLiteral("target_ranges")).toArray().at(0).toObject();
        QCOMPARE(target.mid(r.value(QStringLiteral("start")).toInt(), r.value(QStringLiteral("length")).toInt())
                     .toCaseFolded(),
                 QStringLiteral("bibliothek"));
    }
    // Human output marks the hits.
    const CliRun human = run({QStringLiteral("tm"), QStringLiteral("concordance"), QStringLiteral("command"),
                              QStringLiteral("line"), QStringLiteral("--max"), QStringLiteral("3")});
    QVERIFY2(human.exitCode == 0, human.describe());
    QVERIFY2(human.out.toLower().contains("[command line]") || human.out.toLower().contains("[command-line]"),
             human.describe());
    // Punctuation only: nothing to search for.
    QCOMPARE(
        run({QStringLiteral("tm"), QStringLiteral("concordance"), QStringLiteral("--"), QStringLiteral("--")}).exitCode,
        3);
}

void TestCliTm::indexFileIsReusedAndRebuilt()
{
    QTemporaryDir ws;
    const QString path = ws.filePath(QStringLiteral("t.tmx"));
    QVERIFY(writeFile(path, tmx(m_pairs.mid(3000, 300))));
    QCOMPARE(m_cli.run(ws.path(), {QStringLiteral("tm"), QStringLiteral("import"), path}).exitCode, 0);
    const QDir indexDir(ws.filePath(QStringLiteral("tessera.db.tm-index")));
    const QStringList files = indexDir.entryList({QStringLiteral("*.idx")}, QDir::Files);
    QCOMPARE(files.size(), 1);
    const QString indexFile = indexDir.filePath(files[0]);
    auto lookup = [&](const Pair& p) {
        const CliRun r = m_cli.run(ws.path(), {QStringLiteral("--json"), QStringLiteral("tm"), QStringLiteral("lookup"),
                                               p.source, QStringLiteral("--source-lang"), QStringLiteral("en"),
                                               QStringLiteral("--target-lang"), QStringLiteral("de")});
        const QJsonObject best = r.json().object().value(QStringLiteral("matches")).toArray().at(0).toObject();
        return best.value(QStringLiteral("score")).toInt() == 100 &&
               best.value(QStringLiteral("target")).toString() == p.target;
    };
    QVERIFY(lookup(m_pairs[3010]));
    // More units imported: the saved index is loaded, added to and saved again.
    const QString more = ws.filePath(QStringLiteral("t2.tmx"));
    QVERIFY(writeFile(more, tmx(m_pairs.mid(3300, 50))));
    QCOMPARE(m_cli
                 .run(ws.path(), {QStringLiteral("tm"), QStringLiteral("import"), more, QStringLiteral("--tm"),
                                  QStringLiteral("t")})
                 .exitCode,
             0);
    QVERIFY(lookup(m_pairs[3320]));
    QVERIFY(lookup(m_pairs[3010]));
    // A damaged index file is rebuilt from the store.
    {
        QFile file(indexFile);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 2));
    }
    QVERIFY(lookup(m_pairs[3340]));
    QVERIFY(QFileInfo(indexFile).size() > 0);
    QVERIFY(lookup(m_pairs[3001]));
}

void TestCliTm::usageErrors()
{
    QCOMPARE(run({QStringLiteral("tm")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("tm"), QStringLiteral("frobnicate")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("tm"), QStringLiteral("lookup"), QStringLiteral("x")}).exitCode, 2); // no languages
    QCOMPARE(run({QStringLiteral("tm"), QStringLiteral("lookup"), QStringLiteral("x"), QStringLiteral("--source-lang"),
                  QStringLiteral("en"), QStringLiteral("--target-lang"), QStringLiteral("de"), QStringLiteral("--min"),
                  QStringLiteral("0")})
                 .exitCode,
             2);
    QCOMPARE(run({QStringLiteral("tm"), QStringLiteral("concordance"), QStringLiteral("x"), QStringLiteral("--in"),
                  QStringLiteral("notes")})
                 .exitCode,
             2);
    QCOMPARE(run({QStringLiteral("tm"), QStringLiteral("export"), QStringLiteral("--tm"), QStringLiteral("none"),
                  QStringLiteral("--out"), m_dir.filePath(QStringLiteral("none.tmx"))})
                 .exitCode,
             3);
    QCOMPARE(
        run({QStringLiteral("tm"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("missing.tmx"))}).exitCode,
        3);
}

QTEST_GUILESS_MAIN(TestCliTm)
#include "TestCliTm.moc"
