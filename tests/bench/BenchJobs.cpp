// BenchJobs: the job queue's own cost on a real workspace database (WAL, synchronous=FULL): 10k small
// jobs enqueued, then claimed and completed one by one as a worker does, each step its own transaction.
// Prints per-job median and p99 of enqueue, claim and complete, jobs/s end to end, CPU time and peak
// memory; then the same 10k through a JobRunner with two workers and an empty handler. Asserts nothing.
#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTemporaryDir>

#include "LatencyStats.h"
#include "ProcessClock.h"
#include "ProcessMemory.h"
#include "domain/Clock.h"
#include "jobs/JobContext.h"
#include "jobs/JobHandler.h"
#include "jobs/JobQueue.h"
#include "jobs/JobRunner.h"
#include "jobs/ProcessIdentity.h"
#include "store/JobRepository.h"
#include "store/Workspace.h"

using namespace tessera;
using namespace tessera::bench;

namespace {

constexpr int s_jobs = 10000;

class EmptyHandler final : public jobs::JobHandler {
public:
    QString kind() const override { return QStringLiteral("noop"); }
    domain::Result<QJsonObject> run(jobs::JobContext&) override { return QJsonObject{}; }
};

void print(const char* what, LatencyStats& stats)
{
    std::printf("  %-10s median %8.1f us   p99 %8.1f us   max %8.1f us\n", what, stats.quantile(0.5),
                stats.quantile(0.99), stats.quantile(1.0));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    domain::SystemClock clock;
    QTemporaryDir dir;
    auto workspace = store::Workspace::open(dir.path(), store::Workspace::Access::ReadWrite, clock);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(workspace.error().describe()));
        return 1;
    }
    jobs::JobQueue queue((*workspace)->jobs(), clock);
    const store::JobOwner owner = jobs::ProcessIdentity::current();
    const QStringList queues{QStringLiteral("import"), QStringLiteral("export"), QStringLiteral("report")};
    for (const QString& name : queues)
        (void)queue.setConcurrency(name, 64);

    std::printf("BenchJobs: %d small jobs, 3 queues, priorities 1-10, one transaction per step\n", s_jobs);
    LatencyStats enqueue, claim, complete;
    enqueue.reserve(s_jobs);
    claim.reserve(s_jobs);
    complete.reserve(s_jobs);
    const qint64 cpuStart = ProcessClock::cpuNs();
    QElapsedTimer total;
    total.start();
    QElapsedTimer step;
    for (int i = 0; i < s_jobs; ++i) {
        step.start();
        auto job = queue.enqueue(jobs::JobSpec{queues.at(i % 3), QStringLiteral("noop"),
                                               QJsonObject{{QStringLiteral("n"), i}}, 1 + i % 10, 5});
        enqueue.add(double(step.nsecsElapsed()) / 1000.0);
        if (!job) {
            std::fprintf(stderr, "%s\n", qUtf8Printable(job.error().describe()));
            return 1;
        }
    }
    for (int i = 0; i < s_jobs; ++i) {
        step.start();
        auto claimed = queue.claim(owner);
        claim.add(double(step.nsecsElapsed()) / 1000.0);
        if (!claimed || !*claimed) {
            std::fprintf(stderr, "claim %d found nothing\n", i);
            return 1;
        }
        step.start();
        auto done = queue.complete(**claimed, owner, QJsonObject{});
        complete.add(double(step.nsecsElapsed()) / 1000.0);
        if (!done) {
            std::fprintf(stderr, "%s\n", qUtf8Printable(done.error().describe()));
            return 1;
        }
    }
    const double seconds = double(total.nsecsElapsed()) / 1e9;
    const double cpu = double(ProcessClock::cpuNs() - cpuStart) / 1e9;
    print("enqueue", enqueue);
    print("claim", claim);
    print("complete", complete);
    std::printf("  end to end: %.2f s, %.0f jobs/s, CPU %.2f s, peak RSS %lld KiB\n", seconds, s_jobs / seconds, cpu,
                qlonglong(ProcessMemory::peakKiB()));

    // Through the runner: two worker threads with their own connections, an empty handler.
    for (int i = 0; i < s_jobs; ++i)
        (void)queue.enqueue(jobs::JobSpec{queues.at(i % 3), QStringLiteral("noop"), {}, 1 + i % 10, 5});
    auto last = queue.enqueue(jobs::JobSpec{QStringLiteral("report"), QStringLiteral("noop"), {}, 1, 5});
    jobs::JobRunner::Options options;
    options.workers = 2;
    jobs::JobRunner runner(**workspace, clock, options);
    runner.addHandler(std::make_shared<EmptyHandler>());
    QElapsedTimer run;
    run.start();
    const qint64 cpuRun = ProcessClock::cpuNs();
    runner.start();
    store::JobListQuery pending;
    pending.state = domain::JobState::Queued;
    for (;;) {
        auto waited = runner.waitUntilFinished(last->id);
        auto left = (*workspace)->jobs().list(pending);
        if (!waited || (left && left->isEmpty()))
            break;
    }
    runner.stop();
    const double runSeconds = double(run.nsecsElapsed()) / 1e9;
    std::printf("  JobRunner, 2 workers: %d jobs in %.2f s, %.0f jobs/s, CPU %.2f s\n", s_jobs + 1, runSeconds,
                (s_jobs + 1) / runSeconds, double(ProcessClock::cpuNs() - cpuRun) / 1e9);
    return 0;
}
