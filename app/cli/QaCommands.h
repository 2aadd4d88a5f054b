// QaCommands: `tessera-cli qa`: quality checks over a project of the workspace or over one file,
// printed as a table, JSON, CSV or an HTML report; exit code 1 when an error-severity issue exists.
#pragma once

#include <QStringList>

#include "CliContext.h"

namespace tessera::qa {
struct QaReport;
}

namespace tessera::cli {

class QaCommands {
public:
    explicit QaCommands(CliContext& context);
    ExitCode run(const QStringList& arguments);

private:
    ExitCode runProject(const QStringList& arguments);
    ExitCode runFile(const QStringList& arguments);
    ExitCode listChecks();
    // Prints the report the way the options ask and returns Problems when it has errors.
    ExitCode print(const qa::QaReport& report, bool csv, const QString& htmlPath);

    CliContext& m_context;
};

} // namespace tessera::cli
