// TestJobCrash: the queue survives SIGKILL mid-job. A child process (PretranslateChild) pretranslates a
// project of real sentence pairs (Debian package descriptions, tests/data/tm) in chunks; the test waits
// until the job's checkpoint in the database shows it mid-run, kills the child with SIGKILL, checks that
// exactly the committed chunks are written, runs the child again and checks that the job completes with
// every segment written once and the same translations as an uninterrupted run.
#include <csignal>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sys/types.h>

#include "TestData.h"
#include "domain/Clock.h"
#include "domain/Document.h"
#include "domain/Project.h"
#include "domain/Segment.h"
#include "store/Database.h"
#include "store/DocumentRepository.h"
#include "store/ProjectRepository.h"
#include "store/SegmentRepository.h"
#include "store/Statement.h"
#include "store/Workspace.h"
#include "tm/Pretranslator.h"
#include "tm/TmImporter.h"
#include "tm/TmIndexFile.h"
#include "tm/TmLibrary.h"
#include "tm/TranslationMemory.h"

using tessera::domain::Result;
using tessera::store::Database;
using tessera::store::Statement;
using tessera::store::Workspace;
using tessera::testsupport::errorText;

namespace {

constexpr int s_pairs = 800;     // distinct sources in the project
constexpr int s_inTm = 600;      // of which the TM holds the first ones
constexpr int s_segments = 2400; // the sources three times over: repetitions are propagated
constexpr int s_chunk = 5;

struct Pair {
    QString source;
    QString target;
};

QList<Pair> loadPairs()
{
    QList<Pair> pairs;
    const QByteArray data =
        tessera::testsupport::readTestData(QStringLiteral("tm"), QStringLiteral("debian-descriptions-en-de.tsv"));
    QSet<QString> seen;
    for (const QByteArray& line : data.split('\n')) {
        const qsizetype tab = line.indexOf('\t');
        if (tab <= 0)
            continue;
        const QString source = QString::fromUtf8(line.left(tab));
        if (source.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() < 6 || seen.contains(source))
            continue;
        seen.insert(source);
        pairs.append(Pair{source, QString::fromUtf8(line.mid(tab + 1))});
        if (pairs.size() == s_pairs)
            break;
    }
    return pairs;
}

qint64 scalar(Database& db, const std::string& sql)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return -1;
    auto value = (*stmt)->one([](const Statement& row) { return row.int64(0); }, QString());
    return value ? *value : -1;
}

QMap<QString, QString> targetsByKey(Database& db)
{
    QMap<QString, QString> targets;
    auto stmt = db.prepare("SELECT key, targets, state FROM segments");
    if (!stmt)
        return targets;
    (void)(*stmt)->each([&](const Statement& row) {
        targets.insert(row.text(0), row.text(1) + QLatin1Char('|') + QString::number(row.int64(2)));
    });
    return targets;
}

} // namespace

class TestJobCrash : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sigkillMidJobResumesAndWritesEachSegmentOnce();

private:
    QTemporaryDir m_root;
    QString m_workspace;
    QString m_reference;
    QString m_projectId;
    tessera::domain::SystemClock m_clock;
};

void TestJobCrash::initTestCase()
{
    const QList<Pair> pairs = loadPairs();
    QCOMPARE(pairs.size(), s_pairs);
    m_workspace = m_root.filePath(QStringLiteral("ws"));
    m_reference = m_root.filePath(QStringLiteral("reference"));
    {
        auto ws = Workspace::open(m_workspace, Workspace::Access::ReadWrite, m_clock);
        QVERIFY2(ws, qPrintable(errorText(ws)));
        tessera::domain::Project project;
        project.name = QStringLiteral("Packages");
        project.sourceLanguage = QStringLiteral("en");
        project.targetLanguages = {QStringLiteral("de")};
        auto created = (*ws)->projects().create(project);
        QVERIFY(created);
        m_projectId = created->id;
        tessera::domain::Document document;
        document.projectId = created->id;
        document.name = QStringLiteral("descriptions.po");
        document.format = QStringLiteral("po");
        document.targetLanguage = QStringLiteral("de");
        auto doc = (*ws)->documents().create(document);
        QVERIFY(doc);
        QList<tessera::domain::Segment> segments;
        for (int i = 0; i < s_segments; ++i) {
            tessera::domain::Segment s;
            s.key = QStringLiteral("entry-%1").arg(i);
            s.order = i + 1;
            s.source = pairs.at(i % s_pairs).source;
            segments.append(s);
        }
        QVERIFY((*ws)->segments().insertAll(doc->id, segments));

        auto tm = tessera::tm::TranslationMemory::open(
            (*ws)->tm(), QStringLiteral("ddtp"),
            tessera::tm::TmIndexFile::pathFor((*ws)->databasePath(), QStringLiteral("ddtp")));
        QVERIFY2(tm, qPrintable(errorText(tm)));
        tessera::tm::TmImporter importer((*ws)->database(), **tm);
        auto imported = importer.run([&](const tessera::tm::TmImporter::Sink& sink) -> Result<void> {
            for (int i = 0; i < s_inTm; ++i) {
                tessera::domain::TmUnit unit;
                unit.sourceLanguage = QStringLiteral("en");
                unit.targetLanguage = QStringLiteral("de");
                unit.source = pairs.at(i).source;
                unit.target = pairs.at(i).target;
                if (auto added = sink(std::move(unit)); !added)
                    return added;
            }
            return {};
        });
        QVERIFY2(imported, qPrintable(errorText(imported)));
        QVERIFY((*tm)->saveIndex());
    }
    // The reference: the same workspace pretranslated in one go, without jobs.
    QVERIFY(QDir().mkpath(m_reference));
    for (const QString& name : QDir(m_workspace).entryList(QDir::Files)) {
        if (!name.endsWith(QLatin1String(".lock")))
            QVERIFY(QFile::copy(QDir(m_workspace).filePath(name), QDir(m_reference).filePath(name)));
    }
    auto ref = Workspace::open(m_reference, Workspace::Access::ReadWrite, m_clock);
    QVERIFY2(ref, qPrintable(errorText(ref)));
    auto library = tessera::tm::TmLibrary::open((*ref)->tm(), (*ref)->databasePath());
    QVERIFY2(library, qPrintable(errorText(library)));
    tessera::tm::Pretranslator::Options options;
    options.author = QStringLiteral("crash-test");
    auto summary = tessera::tm::Pretranslator(**ref, **library, options).run(m_projectId, QStringLiteral("de"));
    QVERIFY2(summary, qPrintable(errorText(summary)));
    QCOMPARE(summary->untranslated, s_segments);
    QVERIFY(summary->exact > 0 && summary->propagated > 0);
}

void TestJobCrash::sigkillMidJobResumesAndWritesEachSegmentOnce()
{
    const QString child = QCoreApplication::applicationDirPath() + QStringLiteral("/PretranslateChild");
    const QStringList args{m_workspace, m_projectId, QStringLiteral("de"), QString::number(s_chunk)};
    const QString dbPath = Workspace::databasePath(m_workspace);

    QProcess first;
    first.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    first.start(child, args);
    QVERIFY2(first.waitForStarted(), qPrintable(first.errorString()));

    // Mid-run: the job's checkpoint in the database has passed segment 100 and is short of the end.
    auto reader = Database::open(dbPath, Database::Access::ReadOnly);
    QVERIFY2(reader, qPrintable(errorText(reader)));
    Database& db = **reader;
    const auto checkpointNext = [&]() -> qint64 {
        auto stmt = db.prepare("SELECT checkpoint FROM jobs WHERE kind = 'pretranslate'");
        if (!stmt)
            return -1;
        auto text = (*stmt)->one([](const Statement& row) { return row.text(0); }, QString());
        if (!text || text->isEmpty())
            return 0;
        return QJsonDocument::fromJson(text->toUtf8()).object().value(QStringLiteral("next")).toInt();
    };
    QTRY_VERIFY_WITH_TIMEOUT(checkpointNext() >= 100 || first.state() == QProcess::NotRunning, 120000);
    QCOMPARE(first.state(), QProcess::Running);
    ::kill(pid_t(first.processId()), SIGKILL);
    QVERIFY(first.waitForFinished());
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);

    // Exactly the committed chunks are written: the checkpoint's counts match the rows.
    auto stmt = db.prepare("SELECT state, attempts, checkpoint FROM jobs WHERE kind = 'pretranslate'");
    QVERIFY(stmt);
    QString state;
    int attempts = 0;
    QJsonObject checkpoint;
    QVERIFY((*stmt)->each([&](const Statement& row) {
        state = row.text(0);
        attempts = int(row.int64(1));
        checkpoint = QJsonDocument::fromJson(row.text(2).toUtf8()).object();
    }));
    QCOMPARE(state, QStringLiteral("running"));
    QCOMPARE(attempts, 1);
    const int next = checkpoint.value(QStringLiteral("next")).toInt();
    QVERIFY(next > 0 && next < s_segments);
    QCOMPARE(next % s_chunk, 0);
    const qint64 filledAtKill = scalar(db, "SELECT COUNT(*) FROM segments WHERE origin <> ''");
    QCOMPARE(filledAtKill, qint64(checkpoint.value(QStringLiteral("filled")).toInt()));
    QCOMPARE(scalar(db, "SELECT COUNT(*) FROM segment_revisions"), filledAtKill);
    QCOMPARE(scalar(db, "SELECT COUNT(*) FROM segments WHERE rev > 0"), filledAtKill);
    QCOMPARE(scalar(db, "SELECT COUNT(*) FROM segments s JOIN documents d ON d.id = s.document_id "
                        "WHERE s.ord > " +
                            std::to_string(next) + " AND s.origin <> ''"),
             qint64(0));

    // Restart: the dead process's job is recovered and goes on from its checkpoint.
    QProcess second;
    second.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    second.start(child, args);
    QVERIFY(second.waitForFinished(300000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    const QByteArray out = second.readAllStandardOutput();
    QVERIFY2(second.exitCode() == 0, out.constData());

    QCOMPARE(scalar(db, "SELECT COUNT(*) FROM jobs"), qint64(1));
    QCOMPARE(scalar(db, "SELECT attempts FROM jobs"), qint64(2));
    QCOMPARE(scalar(db, "SELECT COUNT(*) FROM jobs WHERE state = 'succeeded'"), qint64(1));
    // Every segment written at most once: one revision and one rev step each.
    QCOMPARE(scalar(db, "SELECT COUNT(*) FROM (SELECT segment_id FROM segment_revisions GROUP BY segment_id "
                        "HAVING COUNT(*) > 1)"),
             qint64(0));
    QCOMPARE(scalar(db, "SELECT MAX(rev) FROM segments"), qint64(1));
    const qint64 filled = scalar(db, "SELECT COUNT(*) FROM segments WHERE origin <> ''");
    QCOMPARE(scalar(db, "SELECT COUNT(*) FROM segment_revisions"), filled);
    const QJsonObject result = QJsonDocument::fromJson(out.mid(out.indexOf(' ') + 1).trimmed()).object();
    QCOMPARE(qint64(result.value(QStringLiteral("filled")).toInt()), filled);
    QCOMPARE(result.value(QStringLiteral("untranslated")).toInt(), s_segments);

    // The same translations as the uninterrupted run.
    auto reference = Database::open(Workspace::databasePath(m_reference), Database::Access::ReadOnly);
    QVERIFY(reference);
    QCOMPARE(scalar(**reference, "SELECT COUNT(*) FROM segments WHERE origin <> ''"), filled);
    QCOMPARE(targetsByKey(db), targetsByKey(**reference));
}

QTEST_GUILESS_MAIN(TestJobCrash)
#include "TestJobCrash.moc"
