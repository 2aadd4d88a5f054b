// BenchProject: a benchmark's project in a workspace: "Bench" (en → de) with documents of
// SegmentCorpus segments, written in chunks as an import would.
#pragma once

#include <functional>

#include <QString>
#include <QStringList>

#include "domain/Result.h"
#include "domain/Segment.h"

namespace tessera::store {
class Workspace;
}

namespace tessera::bench {

struct BenchProject {
    QString projectId;
    QStringList documentIds; // in the order made
};

// Segments [0, count) of SegmentCorpus(20260301) spread evenly over `documents` XLIFF documents
// ("app.xlf", or "module1.xlf" … when more than one), each numbered from 1 in its document; `adjust`,
// when set, may change a segment before it is written.
domain::Result<BenchProject> seedBenchProject(store::Workspace& ws, qint64 count, int documents = 1,
                                              const std::function<void(domain::Segment&)>& adjust = {});

} // namespace tessera::bench
