// TermCommands: `tessera-cli terms import|export|lookup`: glossaries into and out of the workspace's
// termbase, and the terms recognized in a source text.
#pragma once

#include <QStringList>

#include "CliContext.h"

namespace tessera::cli {

class TermCommands {
public:
    explicit TermCommands(CliContext& context);
    ExitCode run(const QStringList& arguments);

private:
    ExitCode importFile(const QStringList& arguments);
    ExitCode exportFile(const QStringList& arguments);
    ExitCode lookup(const QStringList& arguments);

    CliContext& m_context;
};

} // namespace tessera::cli
