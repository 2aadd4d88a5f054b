// JsonStreamWriter: the translation file of a key-value JSON filter (flat, i18next, ARB) written as
// writePair (JsonKeyWriter::write into the translation file) writes it, straight into a ByteOutput,
// the segments asked of a SegmentSource by key. Three walks, none keeping the file's values: the
// translation file is indexed (JsonKeyIndex: hashes of its members, keys and plural groups); the
// source-language file's keys that the translation lacks are asked for in the source's order and
// the members they add made ready (the only text held: what is inserted); then the translation
// file is copied out with edited strings, plural forms and those members spliced in where
// JsonKeyWriter puts them, inserts at one place in the order of the segments' `order` (the
// document's order, which SegmentSource::all() lists them in).
#pragma once

#include <QByteArray>
#include <QString>

#include "JsonKeys.h"
#include "SegmentSource.h"
#include "domain/Result.h"

namespace tessera::formats {

class ByteOutput;

class JsonStreamWriter {
public:
    // false, with nothing written: the files cannot be streamed (the translation is not valid JSON
    // or not an object, has a name twice in an object or two entries of one key, which
    // JsonKeyWriter tells apart with "#2"; the same of the source file): writePair says what is wrong
    // or writes them. `translation`: the translation file, or the new one create() makes;
    // `language`: the one JsonKeyWriter::write is given (plural categories of i18next files).
    static domain::Result<bool> writePair(const QByteArray& source, const QByteArray& translation,
                                          SegmentSource& segments, JsonKeys::Mode mode, const QString& language,
                                          ByteOutput& out);
};

} // namespace tessera::formats
