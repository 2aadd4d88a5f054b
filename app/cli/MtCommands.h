// MtCommands: `tessera-cli mt providers|translate`: the machine-translation providers, and one text
// translated by one of them (through the workspace's MT cache when a workspace can be opened).
#pragma once

#include <QStringList>

#include "CliContext.h"

namespace tessera::cli {

class MtCommands {
public:
    explicit MtCommands(CliContext& context);
    ExitCode run(const QStringList& arguments);

private:
    ExitCode providers(const QStringList& arguments);
    ExitCode translate(const QStringList& arguments);

    CliContext& m_context;
};

} // namespace tessera::cli
