// Pretranslator: fills a project language's untranslated segments from the TMs before the translator
// starts: exact and context matches as confirmed work, fuzzy matches as drafts, each marked with
// where it came from, and repetitions of a filled segment filled the same way.
#pragma once

#include <functional>
#include <optional>

#include <QString>

#include "domain/Result.h"
#include "domain/SegmentState.h"

namespace tessera::store {
class Workspace;
}

namespace tessera::tm {

class TmLibrary;

class Pretranslator {
public:
    struct Options {
        int threshold = 100; // lowest match score used; below 100 the target is a draft
        // The state a 100% or 101% match gets: Translated, or Draft where a person must confirm all;
        // unset: the project's setting (Project::exactMatchState).
        std::optional<domain::SegmentState> exactState;
        QString author = QStringLiteral("tessera-pretranslate");
    };

    struct Summary {
        int untranslated = 0;  // segments that were New with an empty target, not locked
        int context = 0;       // filled from a 101% match
        int exact = 0;         // from a 100% match
        int fuzzy = 0;         // from a match at or above the threshold, as drafts
        int propagated = 0;    // repetitions of a segment filled here or translated before
        int pluralSkipped = 0; // plural segments: TM units hold one form, so they are left alone
    };

    // progress(done, total) after each segment considered.
    using Progress = std::function<void(int done, int total)>;

    Pretranslator(store::Workspace& workspace, TmLibrary& library, Options options);

    // Untranslated segments of every document of `language` in the project, in document order; one
    // transaction, so a failure fills nothing. Each fill is an edit like a person's (revision and
    // outbox entry) whose origin says "tm:NAME 100%", "tm:NAME 87%" or "propagated".
    domain::Result<Summary> run(const QString& projectId, const QString& language, const Progress& progress = {});

private:
    store::Workspace& m_workspace;
    TmLibrary& m_library;
    Options m_options;
};

} // namespace tessera::tm
