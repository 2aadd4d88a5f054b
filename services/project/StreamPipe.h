// StreamPipe: reads a file with Filter::stream on a worker thread while the calling thread hands
// what was read to its sink (the store's inserts), so that parsing and writing overlap on two
// cores. Segments cross over in batches through a bounded queue, so memory stays bounded however
// big the file. The sink sees exactly what a direct stream() would give it, in the same order, and
// the error it would have ended with: an error on the sink's side stops the reading; a reading
// error reaches the sink's side after everything read before it.
#pragma once

#include <functional>

#include <QByteArray>
#include <QString>

#include "domain/Result.h"
#include "formats/Filter.h"
#include "formats/SegmentSink.h"

namespace tessera::project {

class StreamPipe {
public:
    // Files smaller than `threadFrom` bytes are streamed on the calling thread: a thread would cost
    // more than it saves.
    static domain::Result<void> run(const formats::Filter& filter, const QByteArray& data, const QString& fileName,
                                    formats::SegmentSink& sink, qsizetype threadFrom = s_threadFrom);
    // The same for any reading into a sink (a monolingual pair's Filter::readPairTo) of `bytes` bytes.
    using Reading = std::function<domain::Result<void>(formats::SegmentSink& sink)>;
    static domain::Result<void> run(const Reading& read, qsizetype bytes, formats::SegmentSink& sink,
                                    qsizetype threadFrom = s_threadFrom);

    static constexpr qsizetype s_threadFrom = 1 << 20;
    static constexpr int s_batchSize = 512; // events per batch
    static constexpr int s_maxBatches = 8;  // batches in flight
};

} // namespace tessera::project
