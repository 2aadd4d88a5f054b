// SegmentSink: receives a document as a filter reads it, header first and then one segment at a
// time, so that a big file never sits in memory as a whole list of segments.
#pragma once

#include "ParsedDocument.h"
#include "domain/Result.h"

namespace tessera::formats {

class SegmentSink {
public:
    virtual ~SegmentSink() = default;

    // The document's format, languages and plural forms (no segments), once, before any segment.
    virtual domain::Result<void> begin(const ParsedDocument& header) = 0;
    // The next segment in file order (order counts from 1). An error stops the reading with it.
    virtual domain::Result<void> segment(domain::Segment&& segment) = 0;
    // A translation candidate (XLIFF alt-trans, XLIFF 2 matches) for a segment already given.
    virtual domain::Result<void> candidate(TranslationCandidate&& candidate)
    {
        Q_UNUSED(candidate);
        return {};
    }
};

// Collects everything into one ParsedDocument: what Filter::read returns.
class CollectingSink final : public SegmentSink {
public:
    domain::Result<void> begin(const ParsedDocument& header) override
    {
        document = header;
        return {};
    }
    domain::Result<void> segment(domain::Segment&& segment) override
    {
        document.segments.append(std::move(segment));
        return {};
    }
    domain::Result<void> candidate(TranslationCandidate&& candidate) override
    {
        document.candidates.append(std::move(candidate));
        return {};
    }

    // For formats that do not declare their plural forms (XLIFF): as many as the first plural
    // segment has.
    void inferPluralForms()
    {
        for (const domain::Segment& segment : std::as_const(document.segments)) {
            if (segment.isPlural()) {
                document.pluralForms = int(segment.targets.size());
                return;
            }
        }
    }

    ParsedDocument document;
};

// Hands a document read whole to `sink`: header, segments, candidates (readers that read whole).
inline domain::Result<void> handOver(ParsedDocument&& document, SegmentSink& sink)
{
    QList<domain::Segment> segments = std::move(document.segments);
    QList<TranslationCandidate> candidates = std::move(document.candidates);
    document.segments.clear();
    document.candidates.clear();
    if (auto begun = sink.begin(document); !begun)
        return begun;
    for (domain::Segment& segment : segments) {
        if (auto taken = sink.segment(std::move(segment)); !taken)
            return taken;
    }
    for (TranslationCandidate& candidate : candidates) {
        if (auto taken = sink.candidate(std::move(candidate)); !taken)
            return taken;
    }
    return {};
}

} // namespace tessera::formats
