// JsonEdit: splices new string values and new members into the bytes of a scanned JSON file, written
// the way the file already is (escapes, indentation, colon spacing, line ends); everything else stays.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "JsonScanner.h"

namespace tessera::formats {

class JsonEdit {
public:
    JsonEdit(const QByteArray& original, const JsonScan& scan)
        : m_original(original)
        , m_scan(scan)
    {}

    // A JSON string literal (with quotes): escapes for '"', '\\' and control characters, non-ASCII as
    // UTF-8 or, when the style says so, as \uXXXX.
    static QByteArray quote(const QString& text, const JsonStyle& style);

    // Replaces the string value of `node` by `text` unless it already says that.
    void setString(int node, const QString& text);

    // Adds member `key` with the raw JSON `value` to object `object`: after member `after`, or first
    // when `after` is -1 and `first`, or else last. Nested values must be laid out with layout().
    void insertMember(int object, int after, bool first, const QString& key, const QByteArray& value);

    // Adds member `key` with the raw JSON `value` just before member `before`.
    void insertBefore(int before, const QString& key, const QByteArray& value);

    // Raw JSON of an object holding `members` (name, raw value), laid out for depth `depth` of the file.
    QByteArray object(const QList<std::pair<QString, QByteArray>>& members, int depth) const
    {
        return object(members, depth, m_scan.style);
    }
    // The same for a file written in `style`.
    static QByteArray object(const QList<std::pair<QString, QByteArray>>& members, int depth, const JsonStyle& style);

    // Indentation for a member at `depth` (root members: 1).
    QByteArray indent(int depth) const;

    // The spaces and tabs that begin the line of `data` holding byte `offset`.
    static QByteArray lineIndent(const QByteArray& data, qsizetype offset);

    bool isEmpty() const { return m_splices.isEmpty(); }
    QByteArray result() const;

private:
    struct Splice {
        qsizetype begin;
        qsizetype end;
        QByteArray text;
        int sequence;
        int emptyObject = -1; // a fresh layout of this empty object node, which later members join
    };

    QByteArray lineIndent(qsizetype offset) const { return lineIndent(m_original, offset); }

    const QByteArray& m_original;
    const JsonScan& m_scan;
    QList<Splice> m_splices;
};

} // namespace tessera::formats
