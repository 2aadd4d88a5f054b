// JobCommands: `tessera-cli jobs list|retry ID|pause QUEUE|resume QUEUE|cancel ID`: the workspace's
// persistent job queue.
#pragma once

#include <QStringList>

#include <functional>

#include "CliContext.h"
#include "domain/Job.h"
#include "domain/Result.h"

namespace tessera::jobs {
class JobQueue;
}

namespace tessera::cli {

class JobCommands {
public:
    explicit JobCommands(CliContext& context);
    ExitCode run(const QStringList& arguments);

private:
    ExitCode list(const QStringList& arguments);
    ExitCode retry(const QStringList& arguments);
    ExitCode cancel(const QStringList& arguments);
    ExitCode pause(const QStringList& arguments, bool paused);
    // `command ID`: applies `change` to the job and prints it (JSON as `jobs list` shows it, else `done`).
    ExitCode changeJob(const QStringList& arguments, const QString& command, const QString& description,
                       domain::Result<domain::Job> (jobs::JobQueue::*change)(const QString&),
                       const std::function<QString(const domain::Job&)>& done);

    CliContext& m_context;
};

} // namespace tessera::cli
