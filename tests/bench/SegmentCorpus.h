// SegmentCorpus: realistic, reproducible segments for the store benchmarks; segment i is always the
// same for a given seed, so both sides of a comparison write identical rows without keeping them.
#pragma once

#include <cstdint>

#include <QList>
#include <QString>
#include <QStringList>

#include "domain/Segment.h"

namespace tessera::bench {

class SegmentCorpus {
public:
    explicit SegmentCorpus(std::uint64_t seed);

    // Segment `index` of the corpus: UUID id, a ~30-character key, a 20–200 character source with
    // the odd placeholder, a JSON-listed target in ~70% of segments (two plural forms in ~10%), and
    // a developer note and a source location in some.
    domain::Segment segment(qint64 index) const;
    // Appends segments [first, first + count) to `out`, which is cleared first.
    void fill(QList<domain::Segment>& out, qint64 first, qint64 count) const;

    // The wall and CPU time spent generating rows, to be left out of a timed span.
    struct GenerationTime {
        qint64 wallNs = 0;
        qint64 cpuNs = 0;
    };
    // fill(), adding the time it takes to `spent`.
    void fill(QList<domain::Segment>& out, qint64 first, qint64 count, GenerationTime& spent) const;
    QString id(qint64 index) const;
    bool isPlural(qint64 index) const;
    // The targets a translator types in edit number `edit` of segment `index`.
    QStringList editTargets(qint64 index, qint64 edit) const;

private:
    std::uint64_t m_seed;
};

} // namespace tessera::bench
