// AnalysisCommands: `tessera-cli analyze` (CAT analysis of a project against the TMs: segments and
// words per match band) and `pretranslate` (fill untranslated segments from the TMs).
#pragma once

#include <QStringList>

#include "CliContext.h"

namespace tessera::cli {

class AnalysisCommands {
public:
    explicit AnalysisCommands(CliContext& context);
    ExitCode analyze(const QStringList& arguments);
    ExitCode pretranslate(const QStringList& arguments);

private:
    CliContext& m_context;
};

} // namespace tessera::cli
