// AppleStringsStreamReader: a source-language .strings file and its translation file read into a
// SegmentSink (AppleStringsFilter::readPairTo): the translation file's entries indexed compactly by
// key (their texts in one buffer), then the source's entries scanned and each segment handed over as
// it is met, then the translation's entries the source lacks (obsolete). Segments, order and errors
// are AppleStringsFilter::readPair's.
#pragma once

#include <QByteArray>
#include <QString>

#include "SegmentSink.h"
#include "domain/Result.h"

namespace tessera::formats {

class AppleStringsStreamReader {
public:
    // `translation` is the translation file (a new empty one when there is none); the document's
    // target language is `language`, or the one the translation file's name says.
    static domain::Result<void> readPair(const QByteArray& source, const QString& sourceName,
                                         const QByteArray& translation, const QString& translationName,
                                         const QString& language, SegmentSink& sink);
};

} // namespace tessera::formats
