// ProjectCommands: `tessera-cli project create|list|show|set`.
#pragma once

#include <QStringList>

#include "CliContext.h"

namespace tessera::cli {

class ProjectCommands {
public:
    explicit ProjectCommands(CliContext& context);
    ExitCode run(const QStringList& arguments);

private:
    ExitCode create(const QStringList& arguments);
    ExitCode list(const QStringList& arguments);
    ExitCode show(const QStringList& arguments);
    ExitCode set(const QStringList& arguments);

    CliContext& m_context;
};

} // namespace tessera::cli
