// FuzzStreamedRead: the import's streamed read (Filter::readPairTo) hands over exactly the document
// readPair reads, or fails with its error; a violation traps (see FuzzRoundTrip.h).
#pragma once

#include "FuzzRoundTrip.h"
#include "formats/SegmentSink.h"

namespace tessera::fuzz {

inline void checkStreamedRead(const formats::Filter& filter, const QByteArray& source, const QString& sourceName,
                              const QByteArray& translation, const QString& translationName, const QString& language)
{
    const auto whole = filter.readPair(source, sourceName, translation, translationName, language);
    formats::CollectingSink sink;
    const auto streamed = filter.readPairTo(sink, source, sourceName, translation, translationName, language);
    if (bool(streamed) != bool(whole))
        violation("readPairTo succeeds where readPair fails, or fails where it succeeds");
    if (whole && !sameDocument(sink.document, *whole))
        violation("readPairTo hands over another document than readPair reads");
    if (!whole && streamed.error().describe() != whole.error().describe())
        violation("readPairTo fails with another error than readPair");
}

} // namespace tessera::fuzz
