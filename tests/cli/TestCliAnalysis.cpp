// TestCliAnalysis: `analyze` and `pretranslate --tm` through the real tessera-cli. A TM made of real
// sentence pairs (Debian package descriptions, tests/data/tm) imported with `tm import`, and a PO
// catalogue whose entries are those sentences as they are, repeated, or with one word changed: the
// analysis puts each kind in its band, pretranslation fills them with the TM's German, and the
// exported PO carries them (fuzzy ones as `#, fuzzy`).
#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSettings>
#include <QTcpServer>
#include <QThread>
#include <QUrlQuery>

#include <QTemporaryDir>
#include <QTest>
#include <csignal>

#include "CliRunner.h"
#include "FakeProviderServer.h"
#include "LoopbackHttpServer.h"
#include "formats/TmxWriter.h"

using tessera::testsupport::CliRun;
using tessera::testsupport::CliRunner;

namespace {

struct Pair {
    QString source;
    QString target;
};

// Pairs of 12 to 40 words without quotes or backslashes (they go into a PO file as they are).
QList<Pair> loadPairs()
{
    QFile file(qEnvironmentVariable("TESSERA_SOURCE_DIR") +
               QStringLiteral("/tests/data/tm/debian-descriptions-en-de.tsv"));
    QList<Pair> pairs;
    if (!file.open(QIODevice::ReadOnly))
        return pairs;
    QSet<QString> seen;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const qsizetype tab = line.indexOf('\t');
        if (tab <= 0 || line.contains('"') || line.contains('\\'))
            continue;
        const QString source = QString::fromUtf8(line.left(tab));
        const qsizetype words = source.split(QLatin1Char(' '), Qt::SkipEmptyParts).size();
        if (words < 12 || words > 40 || seen.contains(source))
            continue;
        seen.insert(source);
        pairs.append(Pair{source, QString::fromUtf8(line.mid(tab + 1))});
    }
    return pairs;
}

QJsonObject band(const QJsonObject& report, const QString& name)
{
    for (const auto& value : report.value(QStringLiteral("bands")).toArray()) {
        if (value.toObject().value(QStringLiteral("band")).toString() == name)
            return value.toObject();
    }
    return {};
}

int segmentsIn(const QJsonObject& report, const QString& name)
{
    return band(report, name).value(QStringLiteral("segments")).toInt(-1);
}

} // namespace

class TestCliAnalysis : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void analysisPutsEachSegmentInItsBand();
    void csvHasARowPerBand();
    void pretranslationFillsFromTheTm();
    void projectSettingKeepsExactMatchesAsDrafts();
    void projectSourceDirIsSetAndCleared();
    void badOptionsAreUsageErrors();
    void pretranslationRunsAsAJob();
    void jobsCommandsPauseResumeRetryCancel();
    void pretranslateWithTmThenMt();
    void mtPretranslateExitCodes();
    void mtPretranslateSurvivesSigkill();
    void mtProvidersSaysWhatIsSetUp();

private:
    CliRun run(const QStringList& arguments) const { return m_cli.run(m_workspace->path(), arguments); }

    CliRunner m_cli;
    QList<Pair> m_pairs;
    std::unique_ptr<QTemporaryDir> m_workspace;
    QTemporaryDir m_files;
    QString m_po;
    QStringList m_changed; // sources with their last word replaced
};

void TestCliAnalysis::initTestCase()
{
    m_pairs = loadPairs();
    QVERIFY2(m_pairs.size() >= 200, "tests/data/tm/debian-descriptions-en-de.tsv is missing");

    // The TM: the first 150 pairs.
    QList<tessera::formats::TmxUnit> units;
    for (qsizetype i = 0; i < 150; ++i) {
        tessera::formats::TmxUnit unit;
        unit.unit.sourceLanguage = QStringLiteral("en");
        unit.unit.targetLanguage = QStringLiteral("de");
        unit.unit.source = m_pairs.at(i).source;
        unit.unit.target = m_pairs.at(i).target;
        units.append(unit);
    }
    auto bytes =
        tessera::formats::TmxWriter::toBytes(tessera::formats::TmxWriter::defaultHeader(QStringLiteral("en")), units);
    QVERIFY(bytes);
    QFile tmx(m_files.filePath(QStringLiteral("ddtp.tmx")));
    QVERIFY(tmx.open(QIODevice::WriteOnly) && tmx.write(*bytes) == bytes->size());

    // The catalogue: 60 TM sources as they are, 20 of them again (under another msgctxt), 25 with
    // their last word replaced (one word of at least 12: 91–99%), in that order.
    QByteArray po = "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Language: de\\n\"\n\n";
    const auto entry = [&](const QString& context, const QString& source) {
        po += "msgctxt \"" + context.toUtf8() + "\"\nmsgid \"" + source.toUtf8() + "\"\nmsgstr \"\"\n\n";
    };
    for (int i = 0; i < 60; ++i)
        entry(QStringLiteral("exact %1").arg(i), m_pairs.at(i).source);
    for (int i = 0; i < 20; ++i)
        entry(QStringLiteral("again %1").arg(i), m_pairs.at(i).source);
    for (int i = 60; i < 85; ++i) {
        QString source = m_pairs.at(i).source;
        source = source.left(source.lastIndexOf(QLatin1Char(' '))) + QStringLiteral(" zebras.");
        m_changed.append(source);
        entry(QStringLiteral("changed %1").arg(i), source);
    }
    m_po = m_files.filePath(QStringLiteral("packages.po"));
    QFile file(m_po);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(po) == po.size());
}

void TestCliAnalysis::init()
{
    m_workspace = std::make_unique<QTemporaryDir>();
    const CliRun tm = run({QStringLiteral("tm"), QStringLiteral("import"), m_files.filePath(QStringLiteral("ddtp.tmx")),
                           QStringLiteral("--tm"), QStringLiteral("ddtp")});
    QVERIFY2(tm.exitCode == 0, tm.describe());
    const CliRun project = run({QStringLiteral("project"), QStringLiteral("create"), QStringLiteral("Packages"),
                                QStringLiteral("--source-lang"), QStringLiteral("en"), QStringLiteral("--target-langs"),
                                QStringLiteral("de")});
    QVERIFY2(project.exitCode == 0, project.describe());
    const CliRun imported =
        run({QStringLiteral("import"), m_po, QStringLiteral("--project"), QStringLiteral("Packages")});
    QVERIFY2(imported.exitCode == 0, imported.describe());
}

void TestCliAnalysis::analysisPutsEachSegmentInItsBand()
{
    const CliRun analyzed = run(
        {QStringLiteral("--json"), QStringLiteral("analyze"), QStringLiteral("--project"), QStringLiteral("Packages")});
    QVERIFY2(analyzed.exitCode == 0, analyzed.describe());
    const QJsonObject report = analyzed.json().object();
    QCOMPARE(segmentsIn(report, QStringLiteral("100")), 60);
    QCOMPARE(segmentsIn(report, QStringLiteral("repetition")), 20);
    QCOMPARE(segmentsIn(report, QStringLiteral("95-99")) + segmentsIn(report, QStringLiteral("85-94")), 25);
    QCOMPARE(segmentsIn(report, QStringLiteral("101")), 0);
    QCOMPARE(segmentsIn(report, QStringLiteral("no-match")), 0);
    QCOMPARE(report.value(QStringLiteral("total_segments")).toInt(), 105);
    int words = 0;
    for (const auto& value : report.value(QStringLiteral("bands")).toArray())
        words += value.toObject().value(QStringLiteral("words")).toInt();
    QCOMPARE(report.value(QStringLiteral("total_words")).toInt(), words);
    QVERIFY(words > 105 * 12);
    const QJsonArray languages = report.value(QStringLiteral("languages")).toArray();
    QCOMPARE(languages.size(), 1);
    QCOMPARE(languages.first().toObject().value(QStringLiteral("lang")).toString(), QStringLiteral("de"));

    const CliRun human = run({QStringLiteral("analyze"), QStringLiteral("--project"), QStringLiteral("Packages")});
    QVERIFY2(human.exitCode == 0, human.describe());
    QVERIFY2(human.out.contains("repetition") && human.out.contains("no-match") && human.out.contains("en → de"),
             human.out.constData());
}

void TestCliAnalysis::csvHasARowPerBand()
{
    const CliRun csv = run({QStringLiteral("analyze"), QStringLiteral("--project"), QStringLiteral("Packages"),
                            QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--csv")});
    QVERIFY2(csv.exitCode == 0, csv.describe());
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + 8 + 1);
    QCOMPARE(lines.first().trimmed(), QByteArray("lang,band,segments,words,characters"));
    QVERIFY(lines.at(1).startsWith("de,repetition,20,"));
    QVERIFY(lines.at(3).startsWith("de,100,60,"));
    QVERIFY(lines.last().startsWith("de,total,105,"));
}

void TestCliAnalysis::pretranslationFillsFromTheTm()
{
    const CliRun filled = run({QStringLiteral("--json"), QStringLiteral("pretranslate"), QStringLiteral("--project"),
                               QStringLiteral("Packages"), QStringLiteral("--lang"), QStringLiteral("de"),
                               QStringLiteral("--tm"), QStringLiteral("--min"), QStringLiteral("85")});
    QVERIFY2(filled.exitCode == 0, filled.describe());
    const QJsonObject summary = filled.json().object();
    QCOMPARE(summary.value(QStringLiteral("untranslated")).toInt(), 105);
    QCOMPARE(summary.value(QStringLiteral("exact")).toInt(), 60);
    QCOMPARE(summary.value(QStringLiteral("propagated")).toInt(), 20);
    QCOMPARE(summary.value(QStringLiteral("fuzzy")).toInt(), 25);
    QCOMPARE(summary.value(QStringLiteral("filled")).toInt(), 105);

    const auto segments = m_cli.segmentsByKey(m_workspace->path(), QStringLiteral("Packages"), QStringLiteral("de"));
    QCOMPARE(segments.size(), 105);
    int translated = 0;
    int drafts = 0;
    for (const QJsonObject& s : segments) {
        const QString state = s.value(QStringLiteral("state")).toString();
        const QString origin = s.value(QStringLiteral("origin")).toString();
        const QString source = s.value(QStringLiteral("source")).toString();
        if (m_changed.contains(source)) {
            ++drafts;
            QCOMPARE(state, QStringLiteral("draft"));
            QVERIFY2(origin.startsWith(QStringLiteral("tm:ddtp 9")), qPrintable(origin));
        } else {
            ++translated;
            QCOMPARE(state, QStringLiteral("translated"));
            QVERIFY2(origin == QStringLiteral("tm:ddtp 100%") || origin == QStringLiteral("propagated"),
                     qPrintable(origin));
            const auto pair =
                std::find_if(m_pairs.begin(), m_pairs.end(), [&](const Pair& p) { return p.source == source; });
            QVERIFY(pair != m_pairs.end());
            QCOMPARE(s.value(QStringLiteral("target")).toString(), pair->target);
        }
    }
    QCOMPARE(translated, 80);
    QCOMPARE(drafts, 25);

    // Exported, the drafts are fuzzy entries and the rest plain translations.
    const CliRun exported = run({QStringLiteral("export"), QStringLiteral("--project"), QStringLiteral("Packages"),
                                 QStringLiteral("--out"), m_files.filePath(QStringLiteral("out"))});
    QVERIFY2(exported.exitCode == 0, exported.describe());
    QFile po(m_files.filePath(QStringLiteral("out/packages.po")));
    QVERIFY(po.open(QIODevice::ReadOnly));
    const QByteArray text = po.readAll();
    QCOMPARE(text.count("#, fuzzy\n"), 25);
    QVERIFY(text.contains(m_pairs.at(0).target.left(20).toUtf8()));
}

void TestCliAnalysis::projectSettingKeepsExactMatchesAsDrafts()
{
    const CliRun set = run({QStringLiteral("--json"), QStringLiteral("project"), QStringLiteral("set"),
                            QStringLiteral("Packages"), QStringLiteral("--exact-matches"), QStringLiteral("draft")});
    QVERIFY2(set.exitCode == 0, set.describe());
    QCOMPARE(set.json().object().value(QStringLiteral("exact_matches")).toString(), QStringLiteral("draft"));
    const CliRun shown = run({QStringLiteral("project"), QStringLiteral("show"), QStringLiteral("Packages")});
    QVERIFY2(shown.out.contains("exact matches pretranslated as: draft"), shown.out.constData());

    const QStringList pretranslate{QStringLiteral("--json"),    QStringLiteral("pretranslate"),
                                   QStringLiteral("--project"), QStringLiteral("Packages"),
                                   QStringLiteral("--lang"),    QStringLiteral("de")};
    const CliRun filled = run(pretranslate);
    QVERIFY2(filled.exitCode == 0, filled.describe());
    QCOMPARE(filled.json().object().value(QStringLiteral("exact")).toInt(), 60);
    auto segments = m_cli.segmentsByKey(m_workspace->path(), QStringLiteral("Packages"), QStringLiteral("de"));
    int drafts = 0;
    for (const QJsonObject& s : segments)
        drafts += s.value(QStringLiteral("state")).toString() == QLatin1String("draft") ? 1 : 0;
    QCOMPARE(drafts, 80); // the 60 exact matches and their 20 repetitions

    // A bad value changes nothing; the option on the command line wins over the setting.
    const CliRun bad = run({QStringLiteral("project"), QStringLiteral("set"), QStringLiteral("Packages"),
                            QStringLiteral("--exact-matches"), QStringLiteral("approved")});
    QCOMPARE(bad.exitCode, 2);
    const CliRun again =
        run({QStringLiteral("--json"), QStringLiteral("project"), QStringLiteral("show"), QStringLiteral("Packages")});
    QCOMPARE(again.json().object().value(QStringLiteral("exact_matches")).toString(), QStringLiteral("draft"));
}

void TestCliAnalysis::projectSourceDirIsSetAndCleared()
{
    const QString sources = m_files.filePath(QStringLiteral("src"));
    QVERIFY(QDir().mkpath(sources));
    const CliRun set = run({QStringLiteral("--json"), QStringLiteral("project"), QStringLiteral("set"),
                            QStringLiteral("Packages"), QStringLiteral("--source-dir"), sources});
    QVERIFY2(set.exitCode == 0, set.describe());
    QCOMPARE(set.json().object().value(QStringLiteral("source_dir")).toString(), QFileInfo(sources).absoluteFilePath());
    const CliRun shown = run({QStringLiteral("project"), QStringLiteral("show"), QStringLiteral("Packages")});
    QVERIFY2(shown.out.contains(QStringLiteral("sources:   %1").arg(sources).toUtf8()), shown.out.constData());

    // A folder that is not there is bad input, no option at all a usage error; neither changes it.
    const CliRun missing = run({QStringLiteral("project"), QStringLiteral("set"), QStringLiteral("Packages"),
                                QStringLiteral("--source-dir"), m_files.filePath(QStringLiteral("nowhere"))});
    QCOMPARE(missing.exitCode, 3);
    QVERIFY2(missing.err.contains("is not a folder"), missing.err.constData());
    const CliRun nothing = run({QStringLiteral("project"), QStringLiteral("set"), QStringLiteral("Packages")});
    QCOMPARE(nothing.exitCode, 2);
    const CliRun still =
        run({QStringLiteral("--json"), QStringLiteral("project"), QStringLiteral("show"), QStringLiteral("Packages")});
    QCOMPARE(still.json().object().value(QStringLiteral("source_dir")).toString(),
             QFileInfo(sources).absoluteFilePath());

    const CliRun cleared = run({QStringLiteral("--json"), QStringLiteral("project"), QStringLiteral("set"),
                                QStringLiteral("Packages"), QStringLiteral("--source-dir"), QString()});
    QVERIFY2(cleared.exitCode == 0, cleared.describe());
    QCOMPARE(cleared.json().object().value(QStringLiteral("source_dir")).toString(), QString());
}

void TestCliAnalysis::badOptionsAreUsageErrors()
{
    const QStringList base{QStringLiteral("pretranslate"), QStringLiteral("--project"), QStringLiteral("Packages"),
                           QStringLiteral("--lang"), QStringLiteral("de")};
    const CliRun mt = run(base + QStringList{QStringLiteral("--mt"), QStringLiteral("babelfish")});
    QCOMPARE(mt.exitCode, 2);
    QVERIFY2(mt.err.contains("unknown provider \"babelfish\""), mt.err.constData());
    const CliRun url = run(base + QStringList{QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:1")});
    QCOMPARE(url.exitCode, 2);
    const CliRun low = run(base + QStringList{QStringLiteral("--min"), QStringLiteral("30")});
    QCOMPARE(low.exitCode, 2);
    const CliRun state = run(base + QStringList{QStringLiteral("--exact-state"), QStringLiteral("approved")});
    QCOMPARE(state.exitCode, 2);
    const CliRun lang = run({QStringLiteral("analyze"), QStringLiteral("--project"), QStringLiteral("Packages"),
                             QStringLiteral("--lang"), QStringLiteral("fr")});
    QCOMPARE(lang.exitCode, 3);
    QVERIFY2(lang.err.contains("no target language fr"), lang.err.constData());
    // Nothing was changed by the refused runs.
    const auto segments = m_cli.segmentsByKey(m_workspace->path(), QStringLiteral("Packages"), QStringLiteral("de"));
    for (const QJsonObject& s : segments)
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("new"));
}

void TestCliAnalysis::pretranslationRunsAsAJob()
{
    const QStringList pretranslate{QStringLiteral("--json"),    QStringLiteral("pretranslate"),
                                   QStringLiteral("--project"), QStringLiteral("Packages"),
                                   QStringLiteral("--lang"),    QStringLiteral("de")};
    const CliRun filled = run(pretranslate);
    QVERIFY2(filled.exitCode == 0, filled.describe());
    // Progress on stderr, the result on stdout.
    QVERIFY2(filled.err.contains("pretranslate: 100% done"), filled.describe());
    QVERIFY2(filled.err.contains("pretranslate:   0% "), filled.describe());
    const QString jobId = filled.json().object().value(QStringLiteral("job")).toString();
    QVERIFY(!jobId.isEmpty());

    const CliRun listed = run({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("list")});
    QVERIFY2(listed.exitCode == 0, listed.describe());
    const QJsonArray jobs = listed.json().object().value(QStringLiteral("jobs")).toArray();
    QCOMPARE(jobs.size(), 1);
    const QJsonObject job = jobs.first().toObject();
    QCOMPARE(job.value(QStringLiteral("id")).toString(), jobId);
    QCOMPARE(job.value(QStringLiteral("queue")).toString(), QStringLiteral("pretranslate"));
    QCOMPARE(job.value(QStringLiteral("kind")).toString(), QStringLiteral("pretranslate"));
    QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(job.value(QStringLiteral("progress")).toInt(), 100);
    QCOMPARE(job.value(QStringLiteral("attempts")).toInt(), 1);
    QCOMPARE(job.value(QStringLiteral("result")).toObject().value(QStringLiteral("filled")).toInt(),
             filled.json().object().value(QStringLiteral("filled")).toInt());

    // Running it again queues a new job that finds nothing left to fill.
    const CliRun again = run(pretranslate);
    QVERIFY2(again.exitCode == 0, again.describe());
    QCOMPARE(again.json().object().value(QStringLiteral("filled")).toInt(), 0);
    QVERIFY(again.json().object().value(QStringLiteral("job")).toString() != jobId);
}

void TestCliAnalysis::jobsCommandsPauseResumeRetryCancel()
{
    const CliRun paused = run(
        {QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("pause"), QStringLiteral("pretranslate")});
    QVERIFY2(paused.exitCode == 0, paused.describe());
    QCOMPARE(paused.json().object().value(QStringLiteral("paused")).toBool(), true);
    const QStringList pretranslate{QStringLiteral("pretranslate"), QStringLiteral("--project"),
                                   QStringLiteral("Packages"), QStringLiteral("--lang"), QStringLiteral("de")};
    const CliRun refused = run(pretranslate);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("jobs resume pretranslate"), refused.describe());
    const CliRun list = run({QStringLiteral("jobs"), QStringLiteral("list")});
    QVERIFY2(list.exitCode == 0, list.describe());
    QVERIFY2(list.out.contains("No jobs.") && list.out.contains("Paused queues: pretranslate"), list.describe());

    const CliRun resumed = run({QStringLiteral("jobs"), QStringLiteral("resume"), QStringLiteral("pretranslate")});
    QVERIFY2(resumed.exitCode == 0 && resumed.out.contains("is running"), resumed.describe());
    const CliRun filled = run(QStringList{QStringLiteral("--json")} + pretranslate);
    QVERIFY2(filled.exitCode == 0, filled.describe());
    const QString jobId = filled.json().object().value(QStringLiteral("job")).toString();

    // A succeeded job is neither retried nor cancelled; an unknown one is named.
    const CliRun retry = run({QStringLiteral("jobs"), QStringLiteral("retry"), jobId});
    QCOMPARE(retry.exitCode, 3);
    QVERIFY2(retry.err.contains("succeeded"), retry.describe());
    const CliRun cancel = run({QStringLiteral("jobs"), QStringLiteral("cancel"), jobId});
    QCOMPARE(cancel.exitCode, 3);
    const CliRun unknown = run({QStringLiteral("jobs"), QStringLiteral("cancel"), QStringLiteral("no-such-job")});
    QCOMPARE(unknown.exitCode, 3);
    QVERIFY2(unknown.err.contains("no job no-such-job"), unknown.describe());
    const CliRun bad = run({QStringLiteral("jobs"), QStringLiteral("frob")});
    QCOMPARE(bad.exitCode, 2);
    const CliRun text = run({QStringLiteral("jobs"), QStringLiteral("list")});
    QVERIFY2(text.out.contains(jobId.toUtf8()) && text.out.contains("succeeded"), text.describe());
}

void TestCliAnalysis::pretranslateWithTmThenMt()
{
    // A fake LibreTranslate (no key, like a self-hosted one) "translates" into capitals.
    tessera::test::FakeProviderServer server(QStringLiteral("libretranslate"), QString());
    QVERIFY(server.start());
    const CliRun filled = run({QStringLiteral("--json"), QStringLiteral("pretranslate"), QStringLiteral("--project"),
                               QStringLiteral("Packages"), QStringLiteral("--lang"), QStringLiteral("de"),
                               QStringLiteral("--tm"), QStringLiteral("--mt"), QStringLiteral("libretranslate"),
                               QStringLiteral("--url"), server.url().toString()});
    QVERIFY2(filled.exitCode == 0, filled.describe());
    QCOMPARE(filled.err.count("pretranslate: 100% done"), 2); // the TM job's progress, then the MT job's
    const QJsonObject result = filled.json().object();
    QCOMPARE(result.value(QStringLiteral("untranslated")).toInt(), 105);
    QCOMPARE(result.value(QStringLiteral("exact")).toInt() + result.value(QStringLiteral("propagated")).toInt(), 80);
    // The TM's 100% matches first; the 25 changed sentences (no 100% match) by machine translation.
    QCOMPARE(result.value(QStringLiteral("mt")).toInt(), 25);
    QCOMPARE(result.value(QStringLiteral("filled")).toInt(), 105);
    QCOMPARE(result.value(QStringLiteral("flagged")).toInt(), 0);
    const int asked = server.requestCount(); // LibreTranslate takes many segments a request
    QVERIFY(asked >= 1);
    const auto segments = m_cli.segmentsByKey(m_workspace->path(), QStringLiteral("Packages"), QStringLiteral("de"));
    int drafts = 0;
    for (const QJsonObject& s : segments) {
        const QString source = s.value(QStringLiteral("source")).toString();
        const QString target = s.value(QStringLiteral("target")).toString();
        if (m_changed.contains(source)) {
            QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("draft"));
            QCOMPARE(target, source.toUpper());
            ++drafts;
        } else {
            QVERIFY(target != source.toUpper());
        }
    }
    QCOMPARE(drafts, 25);

    // Nothing is left: a second MT run asks the provider nothing.
    const CliRun again =
        run({QStringLiteral("--json"), QStringLiteral("pretranslate"), QStringLiteral("--project"),
             QStringLiteral("Packages"), QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--mt"),
             QStringLiteral("libretranslate"), QStringLiteral("--url"), server.url().toString()});
    QVERIFY2(again.exitCode == 0, again.describe());
    QCOMPARE(again.json().object().value(QStringLiteral("mt")).toInt(), 0);
    QCOMPARE(server.requestCount(), asked);
}

void TestCliAnalysis::mtPretranslateExitCodes()
{
    // A provider nobody answers for: environment (4), and the job stays queued for the next run.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QString nobody = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
    probe.close();
    const QStringList base{QStringLiteral("pretranslate"), QStringLiteral("--project"), QStringLiteral("Packages"),
                           QStringLiteral("--lang"), QStringLiteral("de")};
    const CliRun down = run(
        base + QStringList{QStringLiteral("--mt"), QStringLiteral("libretranslate"), QStringLiteral("--url"), nobody});
    QCOMPARE(down.exitCode, 4);
    QVERIFY2(down.err.contains("stays queued"), down.describe());
    const CliRun listed = run({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("list")});
    const QJsonArray jobs = listed.json().object().value(QStringLiteral("jobs")).toArray();
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
    for (const QJsonObject& s :
         m_cli.segmentsByKey(m_workspace->path(), QStringLiteral("Packages"), QStringLiteral("de")))
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("new"));

    // A language the provider has no code for is bad input (3), for `mt translate` too; nothing is sent.
    const CliRun language =
        run({QStringLiteral("mt"), QStringLiteral("translate"), QStringLiteral("Hello"), QStringLiteral("--provider"),
             QStringLiteral("apertium"), QStringLiteral("--from"), QStringLiteral("en"), QStringLiteral("--to"),
             QStringLiteral("xx"), QStringLiteral("--url"), nobody});
    QCOMPARE(language.exitCode, 3);
    QVERIFY2(language.err.contains("xx"), language.describe());
}

void TestCliAnalysis::mtPretranslateSurvivesSigkill()
{
    // A slow APy-format provider on its own thread: 8 ms a segment, so the run takes seconds.
    QThread thread;
    thread.start();
    auto* server = new tessera::testsupport::LoopbackHttpServer(
        [](const tessera::testsupport::LoopbackHttpServer::Request& request) {
            const QUrlQuery form(QString::fromUtf8(request.body));
            const QString q = form.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
            tessera::testsupport::LoopbackHttpServer::Reply reply;
            reply.delayMs = 8;
            reply.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
            reply.body = R"({"responseData": {"translatedText": ")" + q.toUpper().toUtf8() +
                         R"("}, "responseDetails": null, "responseStatus": 200})";
            return reply;
        });
    server->moveToThread(&thread);
    bool listening = false;
    QMetaObject::invokeMethod(server, [&] { listening = server->listen(); }, Qt::BlockingQueuedConnection);
    QVERIFY(listening);
    const QString url = server->url().toString();
    const auto cleanup = qScopeGuard([&] {
        QMetaObject::invokeMethod(server, [&] { delete server; }, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    });

    // A project of 1200 distinct segments.
    QByteArray po = "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n";
    for (int i = 0; i < 1200; ++i)
        po += QStringLiteral("\nmsgid \"Archive %1 was checked\"\nmsgstr \"\"\n").arg(i).toUtf8();
    const QString file = m_files.filePath(QStringLiteral("archives.po"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly) && out.write(po) == po.size());
    out.close();
    QVERIFY(run({QStringLiteral("project"), QStringLiteral("create"), QStringLiteral("Archives"),
                 QStringLiteral("--source-lang"), QStringLiteral("en"), QStringLiteral("--target-langs"),
                 QStringLiteral("es")})
                .exitCode == 0);
    QVERIFY(run({QStringLiteral("import"), file, QStringLiteral("--project"), QStringLiteral("Archives")}).exitCode ==
            0);
    const auto before = m_cli.segmentsByKey(m_workspace->path(), QStringLiteral("Archives"), QStringLiteral("es"));
    QCOMPARE(before.size(), 1200);

    const QStringList arguments{QStringLiteral("--workspace"),
                                m_workspace->path(),
                                QStringLiteral("pretranslate"),
                                QStringLiteral("--project"),
                                QStringLiteral("Archives"),
                                QStringLiteral("--lang"),
                                QStringLiteral("es"),
                                QStringLiteral("--mt"),
                                QStringLiteral("apertium"),
                                QStringLiteral("--url"),
                                url};
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("TESSERA_WORKSPACE"));
    environment.insert(QStringLiteral("TESSERA_USER"), QStringLiteral("tester"));
    child.setProcessEnvironment(environment);
    child.start(QStringLiteral(TESSERA_CLI_PATH), arguments);
    QVERIFY(child.waitForStarted());
    // Killed once a chunk or more is committed (the progress line after a chunk says how far it is).
    static const QRegularExpression at(QStringLiteral(R"(segment (\d+) of 1200)"));
    int reached = 0;
    QByteArray err;
    while (reached < 300 && child.state() == QProcess::Running) {
        child.waitForReadyRead(100);
        err += child.readAllStandardError();
        for (auto it = at.globalMatch(QString::fromUtf8(err)); it.hasNext();)
            reached = std::max(reached, it.next().captured(1).toInt());
    }
    QVERIFY2(child.state() == QProcess::Running, err.constData());
    ::kill(pid_t(child.processId()), SIGKILL);
    QVERIFY(child.waitForFinished(10000));
    const auto killed = m_cli.segmentsByKey(m_workspace->path(), QStringLiteral("Archives"), QStringLiteral("es"));
    int written = 0;
    for (const QJsonObject& s : killed)
        written += s.value(QStringLiteral("state")).toString() == QLatin1String("draft");
    QVERIFY2(written >= 200 && written < 1200 && written % 200 == 0, qPrintable(QString::number(written)));

    // Run again: the same job goes on after its last chunk; every segment is written exactly once.
    const CliRun resumed = m_cli.run(arguments);
    QVERIFY2(resumed.exitCode == 0, resumed.describe());
    const auto after = m_cli.segmentsByKey(m_workspace->path(), QStringLiteral("Archives"), QStringLiteral("es"));
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const QJsonObject& s = it.value();
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("draft"));
        QCOMPARE(s.value(QStringLiteral("target")).toString(), s.value(QStringLiteral("source")).toString().toUpper());
        QCOMPARE(s.value(QStringLiteral("rev")).toInteger(),
                 before.value(it.key()).value(QStringLiteral("rev")).toInteger() + 1);
    }
    const CliRun listed = run({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("list")});
    const QJsonArray jobs = listed.json().object().value(QStringLiteral("jobs")).toArray();
    QCOMPARE(jobs.size(), 1); // resumed, not queued twice
    QCOMPARE(jobs.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
}

void TestCliAnalysis::mtProvidersSaysWhatIsSetUp()
{
    // The desktop app saved an endpoint for LibreTranslate; nobody saved DeepL's key.
    const QString config = m_files.filePath(QStringLiteral("config"));
    {
        QSettings saved(config + QStringLiteral("/Tessera/tessera.conf"), QSettings::IniFormat);
        saved.setValue(QStringLiteral("mt/providers/libretranslate/endpoint"), QStringLiteral("http://127.0.0.1:5099"));
    }
    CliRunner cli;
    cli.setEnvironment(QStringLiteral("XDG_CONFIG_HOME"), config);
    const CliRun listed =
        cli.run(m_workspace->path(), {QStringLiteral("--json"), QStringLiteral("mt"), QStringLiteral("providers")});
    QVERIFY2(listed.exitCode == 0, listed.describe());
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue& row : listed.json().array())
        byId.insert(row.toObject().value(QStringLiteral("id")).toString(), row.toObject());
    QVERIFY(byId.contains(QStringLiteral("apertium")) && byId.contains(QStringLiteral("deepl")));
    QVERIFY(byId.value(QStringLiteral("apertium")).value(QStringLiteral("configured")).toBool());
    const QJsonObject libre = byId.value(QStringLiteral("libretranslate"));
    QVERIFY(libre.value(QStringLiteral("configured")).toBool());
    QCOMPARE(libre.value(QStringLiteral("endpoint")).toString(), QStringLiteral("http://127.0.0.1:5099"));
    const QJsonObject deepl = byId.value(QStringLiteral("deepl"));
    QVERIFY(deepl.value(QStringLiteral("needs_key")).toBool());
    QVERIFY(!deepl.value(QStringLiteral("configured")).toBool());
}

QTEST_GUILESS_MAIN(TestCliAnalysis)
#include "TestCliAnalysis.moc"
