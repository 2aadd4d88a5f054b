// SuggestionEngine: looks a segment up in the workspace's TMs and termbase through a read-only
// workspace connection of its own; it must live and die on the one thread that calls it.
#pragma once

#include <memory>

#include <QString>

#include "Suggestions.h"
#include "domain/Result.h"

namespace tessera::domain {
class Clock;
}
namespace tessera::store {
class Workspace;
}
namespace tessera::tm {
class TmLibrary;
}
namespace tessera::terms {
class Termbase;
}

namespace tessera::suggest {

class SuggestionEngine {
public:
    struct Options {
        int threshold = 50; // lowest TM score shown
        int maxMatches = 9; // Ctrl+1…9
    };

    // Opens nothing yet: the first lookup opens the workspace at `workspacePath` read-only, its TMs
    // (their index files when current) and its termbase.
    SuggestionEngine(QString workspacePath, const domain::Clock& clock, Options options);
    SuggestionEngine(QString workspacePath, const domain::Clock& clock);
    ~SuggestionEngine();
    SuggestionEngine(const SuggestionEngine&) = delete;
    SuggestionEngine& operator=(const SuggestionEngine&) = delete;

    Suggestions lookup(const SuggestionRequest& request);
    // The TMs or the termbase changed: the next lookup opens them again (a TM's index catches up
    // with the units added since).
    void reset();
    // Units were added to TM `tmName` (a confirmation): only those are indexed, the TMs stay open.
    // Nothing to do before the first lookup opened them.
    void catchUp(const QString& tmName);

private:
    domain::Result<void> open();

    QString m_workspacePath;
    const domain::Clock& m_clock;
    Options m_options;
    std::unique_ptr<store::Workspace> m_workspace;
    std::unique_ptr<tm::TmLibrary> m_library;
    std::unique_ptr<terms::Termbase> m_termbase;
};

} // namespace tessera::suggest
