// Tests that the demo project lands whole in a workspace: every document per language, segment
// states and plural forms as written, overdue tasks, reviews; and that seeding twice is refused.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "TempWorkspace.h"
#include "demo/DemoSeeder.h"
#include "store/DocumentRepository.h"
#include "store/ProjectRepository.h"
#include "store/ReviewRepository.h"
#include "store/SegmentRepository.h"
#include "store/TaskRepository.h"
#include "store/TermRepository.h"
#include "store/TmRepository.h"
#include "store/UserRepository.h"

using namespace tessera;

class TestDemoSeeder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void seedsEverythingTheFileHolds();
    void seedingTwiceIsRefusedWithoutChanges();
    void badDemoFileIsReportedAndNothingWritten();

private:
    QJsonObject m_demo;
};

void TestDemoSeeder::initTestCase()
{
    // The file on disk, read independently of the seeder's embedded copy.
    QFile file(qEnvironmentVariable("TESSERA_SOURCE_DIR") + QStringLiteral("/resources/demo/demo-project.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    m_demo = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(!m_demo.isEmpty());
    QCOMPARE(demo::DemoSeeder::builtinDemo(), [&] {
        file.seek(0);
        return file.readAll();
    }());
}

void TestDemoSeeder::seedsEverythingTheFileHolds()
{
    testsupport::TempWorkspace ws;
    auto summary = demo::DemoSeeder(*ws).seed();
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().describe()));

    const QJsonObject project = m_demo[QStringLiteral("project")].toObject();
    auto stored = ws->projects().resolve(project[QStringLiteral("name")].toString());
    QVERIFY(stored);
    QCOMPARE(stored->targetLanguages, (QStringList{QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")}));
    QCOMPARE(stored->deadline,
             ws.clock().now().date().addDays(project[QStringLiteral("deadline_days_from_now")].toInt()));

    const QJsonArray documents = m_demo[QStringLiteral("documents")].toArray();
    auto storedDocuments = ws->documents().listForProject(stored->id);
    QCOMPARE(storedDocuments->size(), documents.size() * 3);
    int segmentsPerLanguage = 0;
    for (const auto& d : documents)
        segmentsPerLanguage += int(d.toObject()[QStringLiteral("segments")].toArray().size());
    QCOMPARE(summary->segments, segmentsPerLanguage * 3);

    // Every segment's state and forms in every language are as the file says.
    for (const auto& d : documents) {
        const QJsonObject document = d.toObject();
        for (const QString& lang : {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")}) {
            store::SegmentQuery query{stored->id, lang, std::nullopt, document[QStringLiteral("name")].toString()};
            auto segments = ws->segments().list(query);
            const QJsonArray expected = document[QStringLiteral("segments")].toArray();
            QCOMPARE(segments->size(), expected.size());
            for (qsizetype i = 0; i < expected.size(); ++i) {
                const QJsonObject e = expected[i].toObject();
                const QJsonObject target = e[QStringLiteral("targets")].toObject()[lang].toObject();
                const auto& s = segments->at(i);
                QCOMPARE(s.key, e[QStringLiteral("key")].toString());
                QCOMPARE(domain::stateName(s.state), target[QStringLiteral("state")].toString());
                QCOMPARE(QJsonArray::fromStringList(s.targets), target[QStringLiteral("forms")].toArray());
                QCOMPARE(s.sourcePlural, e[QStringLiteral("source_plural")].toString());
            }
        }
    }

    // A known plural in French has three forms (one, many, other).
    store::SegmentQuery fr{stored->id, QStringLiteral("fr"), std::nullopt, QStringLiteral("ui/app_strings.po")};
    auto frSegments = ws->segments().list(fr);
    auto plural = std::find_if(frSegments->begin(), frSegments->end(),
                               [](const auto& s) { return s.key == QLatin1String("NoteEditor|%n attachment"); });
    QVERIFY(plural != frSegments->end());
    QCOMPARE(plural->targets.size(), 3);

    auto tasks = ws->tasks().listForProject(stored->id);
    QCOMPARE(tasks->size(), m_demo[QStringLiteral("tasks")].toArray().size());
    const QDate today = ws.clock().now().date();
    QVERIFY(std::any_of(tasks->begin(), tasks->end(), [&](const auto& t) { return t.isOverdue(today); }));
    QVERIFY(std::all_of(tasks->begin(), tasks->end(), [](const auto& t) { return !t.assignee.isEmpty(); }));

    QCOMPARE(summary->reviews, m_demo[QStringLiteral("reviews")].toArray().size());
    QCOMPARE(*ws->tm().count(), m_demo[QStringLiteral("tm")].toArray().size());
    QCOMPARE(ws->terms().list()->size(), m_demo[QStringLiteral("terms")].toArray().size());
    QCOMPARE(ws->users().list()->size(), m_demo[QStringLiteral("users")].toArray().size());

    // Every rejected translation carries the reviewer's reason.
    store::SegmentQuery rejected{stored->id, QStringLiteral("de"), domain::SegmentState::Rejected, {}};
    auto rejectedSegments = ws->segments().list(rejected);
    QVERIFY(!rejectedSegments->isEmpty());
    for (const auto& s : *rejectedSegments) {
        auto decisions = ws->reviews().listForSegment(s.id);
        QVERIFY2(!decisions->isEmpty() && !decisions->first().approved, qPrintable(s.key));
        QVERIFY(!decisions->first().mqmCategory.isEmpty());
    }
}

void TestDemoSeeder::seedingTwiceIsRefusedWithoutChanges()
{
    testsupport::TempWorkspace ws;
    QVERIFY(demo::DemoSeeder(*ws).seed());
    const qint64 units = *ws->tm().count();
    auto again = demo::DemoSeeder(*ws).seed();
    QVERIFY(!again);
    QCOMPARE(again.error().code, domain::ErrorCode::Conflict);
    QCOMPARE(*ws->tm().count(), units);
    QCOMPARE(ws->projects().list()->size(), 1);
}

void TestDemoSeeder::badDemoFileIsReportedAndNothingWritten()
{
    testsupport::TempWorkspace ws;
    QByteArray broken = demo::DemoSeeder::builtinDemo();
    broken.replace("\"state\": \"draft\"", "\"state\": \"finished\"");
    auto result = demo::DemoSeeder(*ws).seed(broken, QStringLiteral("broken.json"));
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("finished")), qPrintable(result.error().message));
    QCOMPARE(ws->projects().list()->size(), 0); // the whole seed rolled back
    QCOMPARE(*ws->tm().count(), 0);

    auto garbage = demo::DemoSeeder(*ws).seed("{ not json", QStringLiteral("garbage.json"));
    QVERIFY(!garbage);
    QVERIFY(garbage.error().message.contains(QLatin1String("garbage.json")));
}

QTEST_GUILESS_MAIN(TestDemoSeeder)
#include "TestDemoSeeder.moc"
