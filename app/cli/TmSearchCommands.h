// TmSearchCommands: `tessera-cli tm lookup` (one query, or a file of them as JSON Lines) and
// `tm concordance` over the workspace's translation memories.
#pragma once

#include <QStringList>

#include "CliContext.h"

namespace tessera::cli {

class TmSearchCommands {
public:
    explicit TmSearchCommands(CliContext& context);
    ExitCode lookup(const QStringList& arguments);
    ExitCode concordance(const QStringList& arguments);

private:
    CliContext& m_context;
};

} // namespace tessera::cli
