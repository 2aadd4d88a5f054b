// ProjectQa: quality checks over a project in the workspace: its settings (or the defaults), its
// termbase, a dictionary per language, and every segment of the chosen languages.
#pragma once

#include <QStringList>

#include "QaReport.h"
#include "domain/QaSettings.h"
#include "domain/Result.h"

namespace tessera::store {
class Workspace;
}

namespace tessera::qa {

class ProjectQa {
public:
    struct Options {
        QStringList languages; // empty: all the project's target languages
        QString document;      // id or name; empty: all documents
        bool spelling = true;  // load dictionaries (Sonnet) for the spelling check
    };

    explicit ProjectQa(store::Workspace& workspace);

    // The project's stored settings, or the registry's defaults when it has none.
    domain::Result<domain::QaSettings> settings(const QString& projectId);

    domain::Result<QaReport> run(const QString& projectIdOrName, const Options& options);

private:
    store::Workspace& m_workspace;
};

} // namespace tessera::qa
