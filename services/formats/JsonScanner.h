// JsonScanner: a streaming JSON tokenizer that records every value with its exact byte range, its
// parent and member name, and decoded strings, so JSON filters can splice edits into the original.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/Result.h"

namespace tessera::formats {

struct JsonNode {
    enum class Kind : quint8 { String, Number, True, False, Null, Object, Array };
    Kind kind = Kind::Null;
    int parent = -1;         // index of the enclosing object or array node, -1 for the root
    int depth = 0;           // 0 for the root
    int memberCount = 0;     // objects and arrays: members or elements
    int firstChild = -1;     // objects and arrays: index of the first member, -1 if empty
    int nextSibling = -1;    // index of the next member of the same parent, -1 if last
    qsizetype keyBegin = -1; // byte of the opening quote of the member name, -1 if none
    qsizetype keyEnd = -1;   // one past the closing quote of the member name
    qsizetype begin = 0;     // first byte of the value
    qsizetype end = 0;       // one past the last byte of the value (objects: past '}')
    QString key;             // member name; array elements: their index
    QString text;            // decoded value of a string

    bool isString() const { return kind == Kind::String; }
    bool isObject() const { return kind == Kind::Object; }
};

// What a JSON file looks like, so inserted text matches it.
struct JsonStyle {
    QByteArray newline = "\n";
    QByteArray colon = ": ";      // bytes between a member name and its value
    QByteArray indentUnit = "  "; // one level of indentation
    bool compact = false;         // members are not on lines of their own
    bool escapeNonAscii = false;  // the file writes non-ASCII characters as \uXXXX
    bool upperHex = false;        // \u escapes use upper-case hex digits
    bool bom = false;             // the file starts with a UTF-8 BOM
};

struct JsonScan {
    QList<JsonNode> nodes; // in document order; nodes[0] is the root
    JsonStyle style;

    // Index of the member `key` of object node `object`, -1 if it has none. Linear in the members.
    int member(int object, const QString& key) const;
    // Direct children of a node, in file order.
    QList<int> children(int node) const;
    // Member names from the root down to `node` (excluding the root).
    QStringList path(int node) const;
};

class JsonScanner {
public:
    static constexpr int maxDepth = 256;

    // Scans the whole of `data`. Errors name `fileName`, line and column (1-based, characters).
    // With `partial`, an error ends the scan and returns what was read so far (for detection).
    static domain::Result<JsonScan> scan(const QByteArray& data, const QString& fileName, bool partial = false);

    // Line and column (1-based, column in characters) of a byte offset.
    static void position(const QByteArray& data, qsizetype offset, int& line, int& column);
};

} // namespace tessera::formats
