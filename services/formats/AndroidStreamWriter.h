// AndroidStreamWriter: AndroidWriter::writePair written straight into a ByteOutput as the translation
// file is read, the segments asked of a SegmentSource by key as the writer meets the entries of both
// files: the translation file's entries with their edits, each followed by the default file's
// entries that come after it there and that the translation file lacks. It holds neither file's
// entries nor the segments: two hashes of every name (to know which entries the translation file
// has), where each run of missing entries goes, and the item modes of string-arrays.
#pragma once

#include <QByteArray>
#include <QString>

#include "SegmentSource.h"
#include "domain/Result.h"

namespace tessera::formats {

class ByteOutput;

class AndroidStreamWriter {
public:
    // false, with nothing written: the files cannot be written so (one the parser refuses, a name
    // used twice); AndroidWriter::writePair says what is wrong or writes them.
    // Both files must be alive until this returns.
    static domain::Result<bool> writePair(const QByteArray& sourceData, const QString& sourceFileName,
                                          const QByteArray& original, SegmentSource& segments, const QString& fileName,
                                          const QString& language, ByteOutput& out);
};

} // namespace tessera::formats
