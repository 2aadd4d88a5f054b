// JsonPairReader: readPair of the key-value JSON filters (flat, i18next, ARB) read into a SegmentSink
// as the source-language file is walked: the translation file is indexed first (JsonValueIndex: key
// hashes and byte ranges, no text), then each of the source's entries becomes a segment, its targets
// decoded from the translation's bytes, and goes to the sink at once; the translation's keys the
// source lacks follow, Obsolete, in the translation's order. Segments, header and order are exactly
// JsonKeys::read's (ArbFilter::readPair's for ARB). Neither file's entries are ever held as a list.
#pragma once

#include "JsonKeys.h"
#include "SegmentSink.h"

namespace tessera::formats {

class JsonPairReader {
public:
    // Reads `source` with `translation` (the file itself, or the new empty one when there is none)
    // into `sink`. False, with nothing given to the sink, when either file cannot be read this way
    // exactly (see JsonValueIndex::build): the caller reads the pair whole, which gives its result or
    // its error (file, line, column). An error is the sink's.
    static domain::Result<bool> read(SegmentSink& sink, const QByteArray& source, const QString& sourceName,
                                     const QByteArray& translation, const QString& translationName, JsonKeys::Mode mode,
                                     const QString& format, const QString& language);
};

} // namespace tessera::formats
