// ProjectQa: quality checks over a project in the workspace: its settings (or the defaults), its
// termbase, a dictionary per language, and every segment of the chosen languages.
#pragma once

#include <QStringList>

#include "QaContext.h"
#include "QaReport.h"
#include "domain/QaSettings.h"
#include "domain/Result.h"

namespace tessera::domain {
struct Project;
}

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

    // The context for checking one target language of the project: its settings, the workspace's
    // termbase in both directions (unreadable: those checks stay silent). No dictionary and no
    // consistency index: the caller adds what it needs.
    domain::Result<QaContext> context(const domain::Project& project, const QString& language);

    domain::Result<QaReport> run(const QString& projectIdOrName, const Options& options);

private:
    store::Workspace& m_workspace;
};

} // namespace tessera::qa
