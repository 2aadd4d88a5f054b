// XcstringsStreamWriter: every language of an Apple String Catalog written in one pass. The catalog
// is walked twice (JsonWalk: nothing of it held): once to check it and learn its style, once to copy
// it to the output, each entry of "strings" scanned alone (one small JsonScan) and edited for each
// language in turn (XcstringsEntry), re-scanned between languages. Memory: the original, one entry
// and the output's buffer, however large the catalog.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "SegmentSource.h"
#include "domain/Result.h"

namespace tessera::formats {

class ByteOutput;

class XcstringsStreamWriter {
public:
    // Writes `original` into `out` with the segments of `languages` written in, byte for byte what
    // XcstringsFilter::writePair gives called language after language on the one before's output.
    // False, having written nothing, when the default chain of writePair calls is to write it
    // instead: the file is no valid catalog (that chain says what is wrong), has a member name twice
    // in an object, or its style (\u escapes) could change as the languages are written in.
    static domain::Result<bool> write(const QByteArray& original, const QString& fileName,
                                      const QList<LanguageSegments>& languages, ByteOutput& out);
};

} // namespace tessera::formats
