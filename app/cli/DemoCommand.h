// DemoCommand: `tessera-cli demo create`, seeding the built-in demo project into the workspace.
#pragma once

#include <QStringList>

#include "CliContext.h"

namespace tessera::cli {

class DemoCommand {
public:
    explicit DemoCommand(CliContext& context);
    ExitCode run(const QStringList& arguments);

private:
    ExitCode create(const QStringList& arguments);

    CliContext& m_context;
};

} // namespace tessera::cli
