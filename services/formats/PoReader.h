// PoReader: turns the entries of a PO file into segments, checking what gettext would reject.
#pragma once

#include <QByteArray>
#include <QString>

#include "ParsedDocument.h"
#include "domain/Result.h"

namespace tessera::formats {

struct PoEntry;
struct PoHeader;
class PoCharset;
class PoParser;
class SegmentSink;

class PoReader {
public:
    static domain::Result<ParsedDocument> read(const QByteArray& data, const QString& fileName);
    // The same, one segment at a time into `sink`.
    static domain::Result<void> stream(const QByteArray& data, const QString& fileName, SegmentSink& sink);

    // The segment key of an entry: msgctxt "\u0004" msgid, or msgid alone (gettext's convention).
    static QString key(bool hasContext, const QString& context, const QString& msgid);

    // Reads the header entry and switches `charset` to the one it declares; an unknown charset is
    // an error at the header's msgstr.
    static domain::Result<PoHeader> readHeader(const PoEntry& entry, PoCharset& charset, const PoParser& parser);

    // The entry's translator comment lines ("# text") decoded and joined with "\n".
    static QString translatorComment(const PoEntry& entry, PoCharset& charset);

    // Decodes one string of `entry` in `charset`, or an error pointing at `line`.
    static domain::Result<QString> decode(PoCharset& charset, const QByteArray& bytes, const QString& fileName,
                                          int line);
};

} // namespace tessera::formats
