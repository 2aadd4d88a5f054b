// TestJobsPanel: the Jobs dock offscreen over a real workspace: it lists the queued jobs newest first with
// their state and queue (read off the GUI thread), shows a running job's progress as it is written by a
// real JobRunner, and its buttons pause and resume the selected job's queue, cancel and retry jobs.
// The model runs under QAbstractItemModelTester; the View menu opens the panel.
#include <QAbstractItemModelTester>
#include <QAction>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QThread>

#include "TempWorkspace.h"
#include "TestData.h"
#include "domain/Clock.h"
#include "jobs/JobContext.h"
#include "jobs/JobHandler.h"
#include "jobs/JobQueue.h"
#include "jobs/JobRunner.h"
#include "models/JobListModel.h"
#include "store/JobRepository.h"
#include "store/Workspace.h"
#include "ui/jobs/JobsPanel.h"
#include "ui/shell/MainWindow.h"

using tessera::domain::Job;
using tessera::domain::JobState;
using tessera::jobs::JobQueue;
using tessera::jobs::JobSpec;
using tessera::models::JobListModel;
using tessera::testsupport::TempWorkspace;
using tessera::ui::jobs::JobsPanel;

namespace {

// Reports 0, 25, 50 … 100% in steps; between steps waits until the test lets it go on.
class SteppingHandler final : public tessera::jobs::JobHandler {
public:
    QString kind() const override { return QStringLiteral("steps"); }
    tessera::domain::Result<QJsonObject> run(tessera::jobs::JobContext& context) override
    {
        for (int step = 1; step <= 4; ++step) {
            while (allowed.loadAcquire() < step && !context.stopRequested())
                QThread::msleep(2);
            if (context.stopRequested())
                return tessera::domain::fail(tessera::domain::ErrorCode::Internal, QStringLiteral("stopped"));
            context.progress(step * 25, QStringLiteral("step %1 of 4").arg(step));
        }
        return QJsonObject{};
    }
    QAtomicInt allowed{0};
};

} // namespace

class TestJobsPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void listsJobsWithStateAndQueue();
    void buttonsPauseResumeCancelAndRetry();
    void showsProgressOfARunningJob();
    void viewMenuOpensThePanel();

private:
    Job enqueue(const QString& queue, const QString& kind, int priority)
    {
        auto job = JobQueue((*m_ws)->jobs(), m_clock).enqueue(JobSpec{queue, kind, {}, priority, 3});
        [&] { QVERIFY(job); }();
        return job ? *job : Job{};
    }
    QString cell(JobsPanel& panel, const QString& id, int column)
    {
        const int row = panel.model()->rowForId(id);
        return row < 0 ? QString() : panel.model()->index(row, column).data().toString();
    }
    void select(JobsPanel& panel, const QString& id) { panel.view()->selectRow(panel.model()->rowForId(id)); }
    QPushButton* button(JobsPanel& panel, const char* name)
    {
        return panel.findChild<QPushButton*>(QString::fromLatin1(name));
    }

    std::unique_ptr<TempWorkspace> m_ws;
    tessera::domain::SystemClock m_clock;
};

void TestJobsPanel::init()
{
    m_ws = std::make_unique<TempWorkspace>();
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
}

void TestJobsPanel::listsJobsWithStateAndQueue()
{
    const Job importJob = enqueue(QStringLiteral("import"), QStringLiteral("import"), 5);
    QTest::qWait(2); // created_at orders the list
    const Job report = enqueue(QStringLiteral("report"), QStringLiteral("report"), 3);
    JobsPanel panel(**m_ws, nullptr, 20);
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.show();
    QTRY_COMPARE(panel.model()->rowCount(), 2);
    QCOMPARE(panel.model()->jobAt(0).id, report.id);
    QCOMPARE(cell(panel, importJob.id, JobListModel::QueueColumn), QStringLiteral("import"));
    QCOMPARE(cell(panel, importJob.id, JobListModel::StateColumn), QStringLiteral("queued"));
    QCOMPARE(cell(panel, report.id, JobListModel::AttemptsColumn), QStringLiteral("0/3"));
    // A job added later shows up without any action.
    const Job later = enqueue(QStringLiteral("export"), QStringLiteral("export"), 9);
    QTRY_COMPARE(panel.model()->rowCount(), 3);
    QCOMPARE(cell(panel, later.id, JobListModel::StateColumn), QStringLiteral("queued"));
}

void TestJobsPanel::buttonsPauseResumeCancelAndRetry()
{
    const Job job = enqueue(QStringLiteral("pretranslate"), QStringLiteral("pretranslate"), 5);
    JobsPanel panel(**m_ws, nullptr, 20);
    panel.show();
    QTRY_COMPARE(panel.model()->rowCount(), 1);
    QVERIFY(!button(panel, "cancelJob")->isEnabled());
    select(panel, job.id);
    QVERIFY(button(panel, "pauseQueue")->isEnabled());
    QVERIFY(!button(panel, "retryJob")->isEnabled());

    QTest::mouseClick(button(panel, "pauseQueue"), Qt::LeftButton);
    QVERIFY((*m_ws)->jobs().queueSettings(QStringLiteral("pretranslate"))->paused);
    QTRY_VERIFY(
        panel.findChild<QLabel*>(QStringLiteral("jobsStatus"))->text().contains(QStringLiteral("pretranslate")));
    QTRY_VERIFY(button(panel, "resumeQueue")->isEnabled());
    QTest::mouseClick(button(panel, "resumeQueue"), Qt::LeftButton);
    QVERIFY(!(*m_ws)->jobs().queueSettings(QStringLiteral("pretranslate"))->paused);

    QTest::mouseClick(button(panel, "cancelJob"), Qt::LeftButton);
    QCOMPARE((*m_ws)->jobs().find(job.id)->state, JobState::Cancelled);
    QTRY_COMPARE(cell(panel, job.id, JobListModel::StateColumn), QStringLiteral("cancelled"));
    QTRY_VERIFY(button(panel, "retryJob")->isEnabled());
    QVERIFY(!button(panel, "cancelJob")->isEnabled());

    QTest::mouseClick(button(panel, "retryJob"), Qt::LeftButton);
    QCOMPARE((*m_ws)->jobs().find(job.id)->state, JobState::Queued);
    QTRY_COMPARE(cell(panel, job.id, JobListModel::StateColumn), QStringLiteral("queued"));
}

void TestJobsPanel::showsProgressOfARunningJob()
{
    const Job job = enqueue(QStringLiteral("report"), QStringLiteral("steps"), 5);
    auto handler = std::make_shared<SteppingHandler>();
    tessera::jobs::JobRunner::Options options;
    options.progressThrottleMs = 0;
    options.pollMs = 10;
    tessera::jobs::JobRunner runner(**m_ws, m_clock, options);
    runner.addHandler(handler);
    runner.start();
    JobsPanel panel(**m_ws, nullptr, 20);
    panel.show();
    QTRY_COMPARE(cell(panel, job.id, JobListModel::StateColumn), QStringLiteral("running"));
    handler->allowed.storeRelease(2);
    QTRY_COMPARE(panel.model()
                     ->index(panel.model()->rowForId(job.id), JobListModel::ProgressColumn)
                     .data(JobListModel::ProgressRole)
                     .toInt(),
                 50);
    QCOMPARE(cell(panel, job.id, JobListModel::MessageColumn), QStringLiteral("step 2 of 4"));

    // Cancel while it runs: the state reads "cancelling" until the run stops, then "cancelled".
    select(panel, job.id);
    QTest::mouseClick(button(panel, "cancelJob"), Qt::LeftButton);
    QTRY_COMPARE(cell(panel, job.id, JobListModel::StateColumn), QStringLiteral("cancelled"));
    runner.stop();
}

void TestJobsPanel::viewMenuOpensThePanel()
{
    tessera::ui::shell::MainWindow window(**m_ws, QStringLiteral("tester"));
    window.show();
    QVERIFY(window.jobsPanel());
    QVERIFY(!window.jobsPanel()->isVisible());
    auto* action = window.findChild<QAction*>(QStringLiteral("showJobs"));
    QVERIFY(action);
    action->trigger();
    QVERIFY(window.jobsPanel()->isVisible());
}

QTEST_MAIN(TestJobsPanel)
#include "TestJobsPanel.moc"
