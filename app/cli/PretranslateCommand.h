// PretranslateCommand: `tessera-cli pretranslate`: fill a project language's untranslated segments from
// the TMs (--tm, the default), a machine-translation provider (--mt PROVIDER), or both (TM first, MT for
// what is left), each run as a persistent job with progress on stderr and resume after a kill.
#pragma once

#include <QStringList>

#include "CliContext.h"

namespace tessera::cli {

class PretranslateCommand {
public:
    explicit PretranslateCommand(CliContext& context);
    ExitCode run(const QStringList& arguments);

private:
    CliContext& m_context;
};

} // namespace tessera::cli
