// AppleStringsStreamWriter: a language's Apple .strings file written straight into an export's
// file (Filter::writePairTo): edited values spliced into the translation file as its entries come,
// then the entries of the source-language file it lacks appended, each segment asked for by key.
// Holds the decoded translation file and the keys of both files, never the segments, the entries
// or the new file.
#pragma once

#include <QByteArray>
#include <QString>

#include "ByteOutput.h"
#include "SegmentSource.h"
#include "domain/Result.h"

namespace tessera::formats {

class AppleStringsStreamWriter {
public:
    // Writes what AppleStringsFilter::write(base, the document's segments, translationName) gives
    // into `out`: `base` is the translation file (empty: none yet). The appended entries come in
    // the source file's order, which is the document's. False (nothing written) when `source`
    // cannot be read; errors of `base` are write()'s.
    static domain::Result<bool> writePair(const QByteArray& source, const QString& sourceName, const QByteArray& base,
                                          SegmentSource& segments, const QString& translationName, ByteOutput& out);
};

} // namespace tessera::formats
