// JobRepository: times as milliseconds since the epoch; every change to a running job is matched on
// its owner token so a run that lost its job cannot write.
#include "JobRepository.h"

#include <algorithm>

#include <sqlite3.h>

#include <QTimeZone>

#include "Database.h"
#include "Statement.h"
#include "domain/Id.h"

namespace tessera::store {

using domain::ErrorCode;
using domain::Job;
using domain::JobState;
using domain::Result;

namespace {

const std::string s_columns =
    "SELECT id, queue, kind, payload, priority, state, attempts, max_attempts, next_run_at, last_error, progress, "
    "message, cancel_requested, owner_pid, owner_token, heartbeat_at, checkpoint, result, created_at, started_at, "
    "finished_at FROM jobs ";

qint64 ms(const QDateTime& time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QDateTime fromMs(qint64 value)
{
    return value > 0 ? QDateTime::fromMSecsSinceEpoch(value, QTimeZone::UTC) : QDateTime();
}

// "kind IN (?, ?, …)" for the kinds, or "1" for all.
std::string kindFilter(const QStringList& kinds)
{
    if (kinds.isEmpty())
        return "1";
    std::string sql = "j.kind IN (";
    for (qsizetype i = 0; i < kinds.size(); ++i)
        sql += i == 0 ? "?" : ", ?";
    return sql + ")";
}

domain::Error notFound(const QString& id)
{
    return domain::Error{ErrorCode::NotFound, QStringLiteral("no job %1").arg(id), {}, 0, 0, QStringLiteral("id")};
}

} // namespace

JobRepository::JobRepository(Database& db)
    : m_db(db)
{}

Job JobRepository::read(const Statement& row)
{
    Job job;
    job.id = row.text(0);
    job.queue = row.text(1);
    job.kind = row.text(2);
    job.payload = row.text(3);
    job.priority = int(row.int64(4));
    job.state = domain::jobStateFromName(row.text(5)).value_or(JobState::Queued);
    job.attempts = int(row.int64(6));
    job.maxAttempts = int(row.int64(7));
    job.nextRunAt = fromMs(row.int64(8));
    job.lastError = row.text(9);
    job.progress = int(row.int64(10));
    job.message = row.text(11);
    job.cancelRequested = row.int64(12) != 0;
    job.ownerPid = row.int64(13);
    job.ownerToken = row.text(14);
    job.heartbeatAt = fromMs(row.int64(15));
    job.checkpoint = row.text(16);
    job.result = row.text(17);
    job.createdAt = fromMs(row.int64(18));
    job.startedAt = fromMs(row.int64(19));
    job.finishedAt = fromMs(row.int64(20));
    return job;
}

Result<Job> JobRepository::insert(Job job)
{
    if (job.priority < 1 || job.priority > 10)
        return std::unexpected(domain::Error{ErrorCode::InvalidInput,
                                             QStringLiteral("a job's priority is 1 to 10, not %1").arg(job.priority),
                                             {},
                                             0,
                                             0,
                                             QStringLiteral("priority")});
    if (job.maxAttempts < 1)
        return std::unexpected(
            domain::Error{ErrorCode::InvalidInput,
                          QStringLiteral("a job needs at least one attempt, not %1").arg(job.maxAttempts),
                          {},
                          0,
                          0,
                          QStringLiteral("max_attempts")});
    if (job.queue.isEmpty() || job.kind.isEmpty())
        return std::unexpected(domain::Error{ErrorCode::InvalidInput,
                                             QStringLiteral("a job needs a queue and a kind"),
                                             {},
                                             0,
                                             0,
                                             job.queue.isEmpty() ? QStringLiteral("queue") : QStringLiteral("kind")});
    if (job.id.isEmpty())
        job.id = domain::newId();
    job.state = JobState::Queued;
    auto stmt = m_db.prepare("INSERT INTO jobs(id, queue, kind, payload, priority, state, attempts, max_attempts, "
                             "next_run_at, created_at) VALUES (?, ?, ?, ?, ?, 'queued', 0, ?, ?, ?)");
    if (!stmt)
        return std::unexpected(stmt.error());
    auto done = (*stmt)
                    ->bindAll(job.id, job.queue, job.kind, job.payload.isEmpty() ? QStringLiteral("{}") : job.payload,
                              job.priority, job.maxAttempts, ms(job.nextRunAt), ms(job.createdAt))
                    .run();
    if (!done)
        return std::unexpected(done.error());
    return find(job.id);
}

Result<Job> JobRepository::find(const QString& id)
{
    auto stmt = m_db.prepare(s_columns + "WHERE id = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    auto found = (*stmt)->bindAll(id).one(read, QString());
    if (!found && found.error().code == ErrorCode::NotFound)
        return std::unexpected(notFound(id));
    return found;
}

Result<QList<Job>> JobRepository::list(const JobListQuery& query)
{
    auto stmt = m_db.prepare(s_columns + "WHERE (? = '' OR state = ?) AND (? = '' OR queue = ?) "
                                         "ORDER BY created_at DESC, rowid DESC LIMIT ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    const QString state = query.state ? domain::jobStateName(*query.state) : QString();
    return (*stmt)->bindAll(state, state, query.queue, query.queue, query.limit).collect(read);
}

Result<QList<Job>> JobRepository::running()
{
    return m_db.prepare(s_columns + "WHERE state = 'running' ORDER BY rowid").and_then([](Statement* s) {
        return s->collect(read);
    });
}

Result<std::optional<Job>> JobRepository::claim(const QDateTime& now, const JobOwner& owner, const QStringList& kinds)
{
    return m_db.transaction([&]() -> Result<std::optional<Job>> {
        auto pick = m_db.prepare("SELECT j.id FROM jobs j LEFT JOIN job_queues q ON q.name = j.queue "
                                 "WHERE j.state = 'queued' AND j.next_run_at <= ? AND COALESCE(q.paused, 0) = 0 AND " +
                                 kindFilter(kinds) +
                                 " AND (SELECT COUNT(*) FROM jobs r WHERE r.queue = j.queue AND r.state = 'running') < "
                                 "COALESCE(q.concurrency, 1) ORDER BY j.priority DESC, j.rowid LIMIT 1");
        if (!pick)
            return std::unexpected(pick.error());
        (*pick)->bind(1, ms(now));
        for (qsizetype i = 0; i < kinds.size(); ++i)
            (*pick)->bind(int(i) + 2, kinds.at(i));
        auto id = (*pick)->one([](const Statement& row) { return row.text(0); }, QString());
        if (!id) {
            if (id.error().code == ErrorCode::NotFound)
                return std::optional<Job>();
            return std::unexpected(id.error());
        }
        auto update = m_db.prepare("UPDATE jobs SET state = 'running', attempts = attempts + 1, owner_pid = ?, "
                                   "owner_token = ?, heartbeat_at = ?, started_at = ?, cancel_requested = 0, "
                                   "last_error = last_error WHERE id = ? AND state = 'queued'");
        if (!update)
            return std::unexpected(update.error());
        if (auto done = (*update)->bindAll(owner.pid, owner.token, ms(now), ms(now), *id).run(); !done)
            return std::unexpected(done.error());
        auto job = find(*id);
        if (!job)
            return std::unexpected(job.error());
        return std::optional<Job>(*job);
    });
}

Result<std::optional<QDateTime>> JobRepository::nextDue(const QStringList& kinds)
{
    auto stmt = m_db.prepare("SELECT MIN(j.next_run_at) FROM jobs j LEFT JOIN job_queues q ON q.name = j.queue "
                             "WHERE j.state = 'queued' AND COALESCE(q.paused, 0) = 0 AND " +
                             kindFilter(kinds));
    if (!stmt)
        return std::unexpected(stmt.error());
    for (qsizetype i = 0; i < kinds.size(); ++i)
        (*stmt)->bind(int(i) + 1, kinds.at(i));
    auto due = (*stmt)->one(
        [](const Statement& row) {
            return row.isNull(0) ? std::optional<QDateTime>() : std::optional<QDateTime>(fromMs(row.int64(0)));
        },
        QString());
    return due;
}

Result<void> JobRepository::ownedUpdate(const std::string& sql, const QString& id, const JobOwner& owner,
                                        const std::function<void(Statement&)>& bind)
{
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    bind(**stmt);
    if (auto done = (*stmt)->run(); !done)
        return done;
    if (sqlite3_changes(m_db.handle()) == 0)
        return domain::fail(ErrorCode::Conflict,
                            QStringLiteral("job %1 is no longer run by process %2").arg(id).arg(owner.pid));
    return {};
}

Result<void> JobRepository::succeed(const QString& id, const JobOwner& owner, const QString& result,
                                    const QDateTime& now)
{
    return ownedUpdate("UPDATE jobs SET state = 'succeeded', progress = 100, result = ?, finished_at = ?, "
                       "heartbeat_at = ?, owner_pid = 0, owner_token = '', last_error = '' "
                       "WHERE id = ? AND state = 'running' AND owner_token = ?",
                       id, owner, [&](Statement& s) { s.bindAll(result, ms(now), ms(now), id, owner.token); });
}

Result<void> JobRepository::failAttempt(const QString& id, const JobOwner& owner, const QString& error,
                                        const std::optional<QDateTime>& retryAt, const QDateTime& now)
{
    if (retryAt)
        return ownedUpdate("UPDATE jobs SET state = 'queued', last_error = ?, next_run_at = ?, heartbeat_at = ?, "
                           "owner_pid = 0, owner_token = '' WHERE id = ? AND state = 'running' AND owner_token = ?",
                           id, owner, [&](Statement& s) { s.bindAll(error, ms(*retryAt), ms(now), id, owner.token); });
    return ownedUpdate("UPDATE jobs SET state = 'failed', last_error = ?, finished_at = ?, heartbeat_at = ?, "
                       "owner_pid = 0, owner_token = '' WHERE id = ? AND state = 'running' AND owner_token = ?",
                       id, owner, [&](Statement& s) { s.bindAll(error, ms(now), ms(now), id, owner.token); });
}

Result<void> JobRepository::release(const QString& id, const JobOwner& owner, const QDateTime& now)
{
    return ownedUpdate("UPDATE jobs SET state = 'queued', attempts = MAX(attempts - 1, 0), next_run_at = ?, "
                       "owner_pid = 0, owner_token = '' WHERE id = ? AND state = 'running' AND owner_token = ?",
                       id, owner, [&](Statement& s) { s.bindAll(ms(now), id, owner.token); });
}

Result<void> JobRepository::markCancelled(const QString& id, const JobOwner& owner, const QDateTime& now)
{
    return ownedUpdate("UPDATE jobs SET state = 'cancelled', finished_at = ?, heartbeat_at = ?, owner_pid = 0, "
                       "owner_token = '', message = 'cancelled' WHERE id = ? AND state = 'running' AND owner_token = ?",
                       id, owner, [&](Statement& s) { s.bindAll(ms(now), ms(now), id, owner.token); });
}

Result<void> JobRepository::progress(const QString& id, const JobOwner& owner, int percent, const QString& message,
                                     const QDateTime& now)
{
    return ownedUpdate(
        "UPDATE jobs SET progress = ?, message = ?, heartbeat_at = ? "
        "WHERE id = ? AND state = 'running' AND owner_token = ?",
        id, owner, [&](Statement& s) { s.bindAll(std::clamp(percent, 0, 100), message, ms(now), id, owner.token); });
}

Result<void> JobRepository::checkpoint(const QString& id, const JobOwner& owner, const QString& checkpoint,
                                       const QDateTime& now)
{
    return ownedUpdate("UPDATE jobs SET checkpoint = ?, heartbeat_at = ? "
                       "WHERE id = ? AND state = 'running' AND owner_token = ? AND cancel_requested = 0",
                       id, owner, [&](Statement& s) { s.bindAll(checkpoint, ms(now), id, owner.token); });
}

Result<bool> JobRepository::cancelRequested(const QString& id)
{
    return m_db.prepare("SELECT cancel_requested FROM jobs WHERE id = ?").and_then([&](Statement* s) {
        return s->bindAll(id).one([](const Statement& row) { return row.int64(0) != 0; },
                                  QStringLiteral("no job %1").arg(id));
    });
}

Result<JobState> JobRepository::recover(const QString& id, const QString& ownerToken, const QString& reason,
                                        const QDateTime& now)
{
    return m_db.transaction([&]() -> Result<JobState> {
        auto job = find(id);
        if (!job)
            return std::unexpected(job.error());
        if (job->state != JobState::Running || job->ownerToken != ownerToken)
            return job->state;
        // A cancel asked of the dead run is honoured; else the attempt it used counts.
        const JobState next = job->cancelRequested                ? JobState::Cancelled
                              : job->attempts >= job->maxAttempts ? JobState::Failed
                                                                  : JobState::Queued;
        auto stmt = m_db.prepare("UPDATE jobs SET state = ?, last_error = ?, next_run_at = ?, finished_at = ?, "
                                 "owner_pid = 0, owner_token = '' WHERE id = ?");
        if (!stmt)
            return std::unexpected(stmt.error());
        auto done = (*stmt)
                        ->bindAll(domain::jobStateName(next), reason, ms(now),
                                  next == JobState::Queued ? qint64(0) : ms(now), id)
                        .run();
        if (!done)
            return std::unexpected(done.error());
        return next;
    });
}

Result<Job> JobRepository::cancel(const QString& id, const QDateTime& now)
{
    return m_db.transaction([&]() -> Result<Job> {
        auto job = find(id);
        if (!job)
            return job;
        if (domain::isFinished(job->state))
            return domain::fail(ErrorCode::InvalidTransition,
                                QStringLiteral("job %1 is already %2").arg(id, domain::jobStateName(job->state)));
        const bool queued = job->state == JobState::Queued;
        auto stmt = m_db.prepare(
            queued ? "UPDATE jobs SET state = 'cancelled', cancel_requested = 1, finished_at = ? WHERE id = ?"
                   : "UPDATE jobs SET cancel_requested = 1 WHERE id = ?");
        if (!stmt)
            return std::unexpected(stmt.error());
        if (queued)
            (*stmt)->bindAll(ms(now), id);
        else
            (*stmt)->bindAll(id);
        if (auto done = (*stmt)->run(); !done)
            return std::unexpected(done.error());
        return find(id);
    });
}

Result<Job> JobRepository::retry(const QString& id, const QDateTime& now)
{
    return m_db.transaction([&]() -> Result<Job> {
        auto job = find(id);
        if (!job)
            return job;
        if (job->state != JobState::Failed && job->state != JobState::Cancelled)
            return domain::fail(ErrorCode::InvalidTransition,
                                QStringLiteral("job %1 is %2; only a failed or cancelled job can be retried")
                                    .arg(id, domain::jobStateName(job->state)));
        auto stmt = m_db.prepare("UPDATE jobs SET state = 'queued', attempts = 0, next_run_at = ?, finished_at = 0, "
                                 "cancel_requested = 0, message = '' WHERE id = ?");
        if (!stmt)
            return std::unexpected(stmt.error());
        if (auto done = (*stmt)->bindAll(ms(now), id).run(); !done)
            return std::unexpected(done.error());
        return find(id);
    });
}

Result<domain::JobQueueSettings> JobRepository::queueSettings(const QString& queue)
{
    auto stmt = m_db.prepare("SELECT name, paused, concurrency FROM job_queues WHERE name = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    auto found = (*stmt)->bindAll(queue).one(
        [](const Statement& row) {
            return domain::JobQueueSettings{row.text(0), row.int64(1) != 0, int(row.int64(2))};
        },
        QString());
    if (!found && found.error().code == ErrorCode::NotFound)
        return domain::JobQueueSettings{queue, false, 1};
    return found;
}

Result<QList<domain::JobQueueSettings>> JobRepository::queues()
{
    return m_db
        .prepare("SELECT name, MAX(paused), MAX(concurrency) FROM (SELECT name, paused, concurrency FROM job_queues "
                 "UNION ALL SELECT DISTINCT queue, 0, 1 FROM jobs) GROUP BY name ORDER BY name")
        .and_then([](Statement* s) {
            return s->collect([](const Statement& row) {
                return domain::JobQueueSettings{row.text(0), row.int64(1) != 0, int(row.int64(2))};
            });
        });
}

Result<void> JobRepository::setPaused(const QString& queue, bool paused)
{
    return m_db
        .prepare("INSERT INTO job_queues(name, paused) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET paused = "
                 "excluded.paused")
        .and_then([&](Statement* s) { return s->bindAll(queue, paused ? 1 : 0).run(); });
}

Result<void> JobRepository::setConcurrency(const QString& queue, int concurrency)
{
    if (concurrency < 1 || concurrency > 64)
        return std::unexpected(
            domain::Error{ErrorCode::InvalidInput,
                          QStringLiteral("a queue runs 1 to 64 jobs at once, not %1").arg(concurrency),
                          {},
                          0,
                          0,
                          QStringLiteral("concurrency")});
    return m_db
        .prepare("INSERT INTO job_queues(name, concurrency) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET "
                 "concurrency = excluded.concurrency")
        .and_then([&](Statement* s) { return s->bindAll(queue, concurrency).run(); });
}

} // namespace tessera::store
