// TsReader: turns the messages of a Qt Linguist TS file into segments (vanished and obsolete ones
// stay in the file but are no segments).
#pragma once

#include <QByteArray>
#include <QString>

#include "ParsedDocument.h"
#include "domain/Result.h"

namespace tessera::formats {

class SegmentSink;
struct TsMessage;

class TsReader {
public:
    static domain::Result<ParsedDocument> read(const QByteArray& data, const QString& fileName);
    // The same, one segment at a time into `sink`.
    static domain::Result<void> stream(const QByteArray& data, const QString& fileName, SegmentSink& sink);

    // The state a segment gets from a message: unfinished with text → Draft, unfinished and empty →
    // New, no type → Translated.
    static domain::SegmentState stateOf(const TsMessage& message);
};

} // namespace tessera::formats
