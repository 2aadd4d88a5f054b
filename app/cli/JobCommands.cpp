// JobCommands: the jobs table as a list or JSON, and the queue changes, each through JobQueue.
#include "JobCommands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "ArgumentParser.h"
#include "TablePrinter.h"
#include "domain/Job.h"
#include "jobs/JobQueue.h"
#include "store/JobRepository.h"

namespace tessera::cli {

using domain::Job;
using store::Workspace;

namespace {

QString time(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject jobJson(const Job& job)
{
    QJsonObject object{{QStringLiteral("id"), job.id},
                       {QStringLiteral("queue"), job.queue},
                       {QStringLiteral("kind"), job.kind},
                       {QStringLiteral("state"), domain::jobStateName(job.state)},
                       {QStringLiteral("priority"), job.priority},
                       {QStringLiteral("attempts"), job.attempts},
                       {QStringLiteral("max_attempts"), job.maxAttempts},
                       {QStringLiteral("progress"), job.progress},
                       {QStringLiteral("message"), job.message},
                       {QStringLiteral("error"), job.lastError},
                       {QStringLiteral("cancel_requested"), job.cancelRequested},
                       {QStringLiteral("payload"), QJsonDocument::fromJson(job.payload.toUtf8()).object()},
                       {QStringLiteral("created_at"), time(job.createdAt)},
                       {QStringLiteral("next_run_at"), time(job.nextRunAt)},
                       {QStringLiteral("finished_at"), time(job.finishedAt)}};
    if (!job.result.isEmpty())
        object.insert(QStringLiteral("result"), QJsonDocument::fromJson(job.result.toUtf8()).object());
    return object;
}

} // namespace

JobCommands::JobCommands(CliContext& context)
    : m_context(context)
{}

ExitCode JobCommands::run(const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (sub == QLatin1String("list"))
        return list(rest);
    if (sub == QLatin1String("retry"))
        return retry(rest);
    if (sub == QLatin1String("cancel"))
        return cancel(rest);
    if (sub == QLatin1String("pause"))
        return pause(rest, true);
    if (sub == QLatin1String("resume"))
        return pause(rest, false);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        m_context.printGroupHelp(
            QStringLiteral("jobs"),
            {{QStringLiteral("list"), QStringLiteral("the background jobs, newest first, and the paused queues")},
             {QStringLiteral("retry ID"), QStringLiteral("run a failed or cancelled job again")},
             {QStringLiteral("pause QUEUE"), QStringLiteral("stop starting the queue's jobs")},
             {QStringLiteral("resume QUEUE"), QStringLiteral("start the queue's jobs again")},
             {QStringLiteral("cancel ID"), QStringLiteral("cancel a queued or running job")}});
        return ExitCode::Ok;
    }
    if (sub.isEmpty())
        return m_context.usageError(QStringLiteral("missing jobs command (list, retry, pause, resume or cancel)"),
                                    QStringLiteral("jobs"));
    return m_context.usageError(QStringLiteral("unknown jobs command \"%1\"").arg(sub), QStringLiteral("jobs"));
}

ExitCode JobCommands::list(const QStringList& arguments)
{
    const QString command = QStringLiteral("jobs list");
    ArgumentParser parser(QStringLiteral("jobs list"),
                          QStringLiteral("The workspace's background jobs, newest first: id, queue, kind, state, "
                                         "priority, attempts, progress and message or last error; then the paused "
                                         "queues.\nWith --json: {jobs: [{id, queue, kind, state, priority, attempts, "
                                         "max_attempts, progress, message, error, …}], queues: [{name, paused, "
                                         "concurrency}]}."));
    if (auto parsed = m_context.parse(parser, arguments, command); !parsed)
        return parsed.error();
    auto workspace = m_context.openWorkspace(Workspace::Access::ReadOnly);
    if (!workspace)
        return workspace.error();
    auto jobs = (*workspace)->jobs().list();
    if (!jobs)
        return m_context.error(jobs.error());
    auto queues = (*workspace)->jobs().queues();
    if (!queues)
        return m_context.error(queues.error());
    if (m_context.json()) {
        QJsonArray jobArray;
        for (const Job& job : *jobs)
            jobArray.append(jobJson(job));
        QJsonArray queueArray;
        for (const auto& queue : *queues)
            queueArray.append(QJsonObject{{QStringLiteral("name"), queue.name},
                                          {QStringLiteral("paused"), queue.paused},
                                          {QStringLiteral("concurrency"), queue.concurrency}});
        m_context.printJson(QJsonObject{{QStringLiteral("jobs"), jobArray}, {QStringLiteral("queues"), queueArray}});
        return ExitCode::Ok;
    }
    if (jobs->isEmpty()) {
        m_context.out() << "No jobs.\n";
    } else {
        TablePrinter table({QStringLiteral("ID"), QStringLiteral("QUEUE"), QStringLiteral("KIND"),
                            QStringLiteral("STATE"), QStringLiteral("PRIO"), QStringLiteral("TRIES"),
                            QStringLiteral("PROGRESS"), QStringLiteral("MESSAGE")});
        table.setRightAligned(4);
        table.setRightAligned(6);
        for (const Job& job : *jobs) {
            const QString text =
                job.state == domain::JobState::Failed || !job.lastError.isEmpty() ? job.lastError : job.message;
            table.addRow({job.id, job.queue, job.kind, domain::jobStateName(job.state), QString::number(job.priority),
                          QStringLiteral("%1/%2").arg(job.attempts).arg(job.maxAttempts),
                          QStringLiteral("%1%").arg(job.progress), TablePrinter::elide(text, 60)});
        }
        table.print(m_context.out());
    }
    QStringList paused;
    for (const auto& queue : *queues) {
        if (queue.paused)
            paused.append(queue.name);
    }
    if (!paused.isEmpty())
        m_context.out() << "Paused queues: " << paused.join(QStringLiteral(", ")) << "\n";
    return ExitCode::Ok;
}

ExitCode JobCommands::retry(const QStringList& arguments)
{
    return changeJob(arguments, QStringLiteral("jobs retry"),
                     QStringLiteral("Queue a failed or cancelled job again, its attempts reset; it goes on from its "
                                    "last checkpoint when the app or the command that runs its kind next runs."),
                     &jobs::JobQueue::retry, [](const domain::Job& job) {
                         return QStringLiteral("Job %1 (%2) is queued again.").arg(job.id, job.kind);
                     });
}

ExitCode JobCommands::cancel(const QStringList& arguments)
{
    return changeJob(arguments, QStringLiteral("jobs cancel"),
                     QStringLiteral("Cancel a job: a queued one at once; a running one stops after the chunk it is "
                                    "writing (what it committed stays; `jobs retry` goes on from there)."),
                     &jobs::JobQueue::cancel, [](const domain::Job& job) {
                         return job.state == domain::JobState::Cancelled
                                    ? QStringLiteral("Job %1 is cancelled.").arg(job.id)
                                    : QStringLiteral("Job %1 will stop after its current chunk.").arg(job.id);
                     });
}

ExitCode JobCommands::changeJob(const QStringList& arguments, const QString& command, const QString& description,
                                domain::Result<domain::Job> (jobs::JobQueue::*change)(const QString&),
                                const std::function<QString(const domain::Job&)>& done)
{
    ArgumentParser parser(command + QStringLiteral(" ID"),
                          description + QStringLiteral("\nWith --json: the job as `jobs list` shows it."));
    parser.addPositional(QStringLiteral("ID"), QStringLiteral("the job's id (see jobs list)"));
    if (auto parsed = m_context.parse(parser, arguments, command); !parsed)
        return parsed.error();
    auto workspace = m_context.openWorkspace(Workspace::Access::ReadWrite);
    if (!workspace)
        return workspace.error();
    jobs::JobQueue queue((*workspace)->jobs(), (*workspace)->clock());
    auto job = (queue.*change)(parser.positional(QStringLiteral("ID")));
    if (!job)
        return m_context.error(job.error());
    if (m_context.json())
        m_context.printJson(jobJson(*job));
    else
        m_context.out() << done(*job) << "\n";
    return ExitCode::Ok;
}

ExitCode JobCommands::pause(const QStringList& arguments, bool paused)
{
    const QString command = paused ? QStringLiteral("jobs pause") : QStringLiteral("jobs resume");
    ArgumentParser parser(command + QStringLiteral(" QUEUE"),
                          paused ? QStringLiteral("Stop starting jobs of a queue (running ones finish).\nWith --json: "
                                                  "{queue, paused, concurrency}.")
                                 : QStringLiteral("Start jobs of a paused queue again.\nWith --json: {queue, paused, "
                                                  "concurrency}."));
    parser.addPositional(QStringLiteral("QUEUE"),
                         QStringLiteral("import, export, pretranslate, mt, sync, report, or another queue's name"));
    if (auto parsed = m_context.parse(parser, arguments, command); !parsed)
        return parsed.error();
    const QString name = parser.positional(QStringLiteral("QUEUE"));
    if (name.trimmed().isEmpty())
        return m_context.usageError(QStringLiteral("QUEUE must not be empty"), command);
    auto workspace = m_context.openWorkspace(Workspace::Access::ReadWrite);
    if (!workspace)
        return workspace.error();
    jobs::JobQueue queue((*workspace)->jobs(), (*workspace)->clock());
    auto done = paused ? queue.pause(name) : queue.resume(name);
    if (!done)
        return m_context.error(done.error());
    auto settings = (*workspace)->jobs().queueSettings(name);
    if (!settings)
        return m_context.error(settings.error());
    if (m_context.json())
        m_context.printJson(QJsonObject{{QStringLiteral("queue"), name},
                                        {QStringLiteral("paused"), settings->paused},
                                        {QStringLiteral("concurrency"), settings->concurrency}});
    else
        m_context.out() << "Queue " << name << (paused ? " is paused.\n" : " is running.\n");
    return ExitCode::Ok;
}

} // namespace tessera::cli
