// Pretranslator: fills a project language's untranslated segments from the TMs before the translator
// starts: exact and context matches as confirmed work, fuzzy matches as drafts, each marked with
// where it came from, and repetitions of a filled segment filled the same way.
#pragma once

#include <functional>
#include <optional>

#include <QString>

#include "domain/Result.h"
#include "domain/Segment.h"
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

    // Where a chunked run stands: the index (in the language's segment list) of the next segment to
    // consider, and the counts so far.
    struct Checkpoint {
        int next = 0;
        Summary summary;
    };
    // Commits one chunk: runs `work` (the chunk's edits; it returns the checkpoint after them) in one
    // transaction together with whatever the caller records, e.g. a job's checkpoint. Unset: a plain
    // transaction.
    using ChunkWork = std::function<domain::Result<Checkpoint>()>;
    using Commit = std::function<domain::Result<void>(const ChunkWork& work)>;
    // Asked between chunks; true stops the run with an error (nothing of the next chunk is written).
    using Stop = std::function<bool()>;

    Pretranslator(store::Workspace& workspace, TmLibrary& library, Options options);

    // Untranslated segments of every document of `language` in the project, in document order; one
    // transaction, so a failure fills nothing. Each fill is an edit like a person's (revision and
    // outbox entry) whose origin says "tm:NAME 100%", "tm:NAME 87%" or "propagated".
    domain::Result<Summary> run(const QString& projectId, const QString& language, const Progress& progress = {});

    // The same fills in chunks of `chunkSize` segments, each chunk committed through `commit`, starting at
    // `from` (a checkpoint an earlier run committed): a run killed between chunks goes on where it stopped,
    // and a segment filled before is no longer untranslated, so no segment is written twice.
    domain::Result<Summary> runChunked(const QString& projectId, const QString& language, const Checkpoint& from,
                                       int chunkSize, const Commit& commit, const Progress& progress = {},
                                       const Stop& stop = {});

private:
    struct Run;
    domain::Result<Run> prepare(const QString& projectId, const QString& language, bool resumed);
    domain::Result<void> fill(const domain::Segment& segment, Run& run, Summary& summary);

    store::Workspace& m_workspace;
    TmLibrary& m_library;
    Options m_options;
};

} // namespace tessera::tm
