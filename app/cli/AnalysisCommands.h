// AnalysisCommands: `tessera-cli analyze` (CAT analysis of a project against the TMs: segments and
// words per match band).
#pragma once

#include <QStringList>

#include "CliContext.h"

namespace tessera::cli {

class AnalysisCommands {
public:
    explicit AnalysisCommands(CliContext& context);
    ExitCode analyze(const QStringList& arguments);

private:
    CliContext& m_context;
};

} // namespace tessera::cli
