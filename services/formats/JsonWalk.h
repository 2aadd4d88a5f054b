// JsonWalk: a JSON tokenizer that holds nothing of the file: it hands each value to a visitor as it
// meets it (member names decoded, string values only as byte ranges) and notes the file's JsonStyle
// as JsonScanner does. It accepts exactly what JsonScanner::scan accepts, except that it leaves
// duplicate member names to the visitor; it says only whether the file is valid (JsonScanner says
// where it is not). For the streamed writers, which walk a file more than once.
#pragma once

#include <QByteArray>
#include <QString>

#include "JsonScanner.h"

namespace tessera::formats {

// One value as the walk meets it.
struct JsonWalkValue {
    JsonNode::Kind kind = JsonNode::Kind::Null;
    int depth = 0;           // 0 for the root
    qsizetype keyBegin = -1; // object members: the opening quote of the name; -1 otherwise
    qsizetype keyEnd = -1;   // one past the name's closing quote
    qsizetype begin = 0;     // first byte of the value
    qsizetype end = 0;       // scalars: one past the value; containers: set at close()
    int index = -1;          // array elements: their index
    QString name;            // object members: the decoded name; array elements: the index
};

class JsonWalkVisitor {
public:
    virtual ~JsonWalkVisitor() = default;
    // A string, number or literal (`value.end` set). false stops the walk.
    virtual bool scalar(const JsonWalkValue& value) = 0;
    // An object or array begins ('{' or '[' at value.begin).
    virtual bool open(const JsonWalkValue& value) = 0;
    // The innermost open object or array ends: `close` is its '}' or ']', `end` one past it.
    virtual bool close(qsizetype close, qsizetype end) = 0;
};

class JsonWalk {
public:
    enum class Outcome { Done, Invalid, Stopped };

    // Walks `data` (a UTF-8 BOM is skipped), handing every value to `visitor`; `style`, when not
    // null, gets the file's style (as JsonScan::style) once the walk is done.
    static Outcome run(const QByteArray& data, JsonWalkVisitor& visitor, JsonStyle* style = nullptr);

    // The decoded text of the string literal [begin, end) of a file the walk found valid.
    static QString text(const QByteArray& data, qsizetype begin, qsizetype end);
};

} // namespace tessera::formats
