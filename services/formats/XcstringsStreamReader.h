// XcstringsStreamReader: one language of a String Catalog read into a SegmentSink entry by entry
// (XcstringsFilter::readPairTo): the file walked once with JsonWalk, each entry of "strings" scanned
// alone and made into its segment by XcstringsEntry as the whole read makes it, never holding the
// file's nodes or its segments.
#pragma once

#include <QByteArray>
#include <QString>

#include "SegmentSink.h"
#include "domain/Result.h"

namespace tessera::formats {

class XcstringsStreamReader {
public:
    enum class Outcome {
        Read,    // the header and every segment handed to the sink
        Whole,   // nothing handed over: the file is to be read whole (what it is cannot be told
                 // entry by entry: no object, "sourceLanguage" after "strings", not a catalog)
        Invalid, // part handed over, then the file proved invalid (bad JSON, a name twice): the whole
                 // read says where
    };

    // `language`'s segments of the catalog `data` (empty: no targets) handed to `sink`. Errors are the
    // sink's.
    static domain::Result<Outcome> read(const QByteArray& data, const QString& fileName, const QString& language,
                                        SegmentSink& sink);
};

} // namespace tessera::formats
