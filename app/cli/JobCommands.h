// JobCommands: `tessera-cli jobs list|retry ID|pause QUEUE|resume QUEUE|cancel ID`: the workspace's
// persistent job queue.
#pragma once

#include <QStringList>

#include "CliContext.h"

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

    CliContext& m_context;
};

} // namespace tessera::cli
