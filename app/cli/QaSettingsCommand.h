// QaSettingsCommand: `tessera-cli qa settings PROJECT`: prints a project's QA settings (each check
// enabled or not, its severity, whether it blocks Confirm and Approve; the allow-lists) and changes
// them: --enable, --disable, --severity, --block-confirm, --block-approve, --allow.
#pragma once

#include <QStringList>

#include "CliContext.h"
#include "domain/QaSettings.h"

namespace tessera::cli {

class QaSettingsCommand {
public:
    explicit QaSettingsCommand(CliContext& context);
    ExitCode run(const QStringList& arguments);

private:
    void print(const domain::Project& project, const domain::QaSettings& settings, bool stored);

    CliContext& m_context;
};

} // namespace tessera::cli
