// VersionCommand: `tessera-cli --version`, the versions of Tessera and the libraries it runs on.
#pragma once

#include <QStringList>

#include "CliContext.h"

namespace tessera::cli {

class VersionCommand {
public:
    explicit VersionCommand(CliContext& context);
    ExitCode run(const QStringList& arguments);

private:
    CliContext& m_context;
};

} // namespace tessera::cli
