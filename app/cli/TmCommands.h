// TmCommands: `tessera-cli tm …`: TMX import and export, statistics and settings of the workspace's
// translation memories; lookups and concordance are in TmSearchCommands.
#pragma once

#include <QStringList>

#include "CliContext.h"

namespace tessera::cli {

class TmCommands {
public:
    explicit TmCommands(CliContext& context);
    ExitCode run(const QStringList& arguments);

private:
    ExitCode importTmx(const QStringList& arguments);
    ExitCode exportTmx(const QStringList& arguments);
    ExitCode stats(const QStringList& arguments);
    ExitCode set(const QStringList& arguments);

    CliContext& m_context;
};

} // namespace tessera::cli
