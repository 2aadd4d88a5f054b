// XmlPosition: the line and column (1-based; columns in characters, not bytes) of byte offsets into
// UTF-8 text, counted on from the last offset asked for, so that asking in file order costs one
// pass over the file in all, however long its lines.
#pragma once

#include <utility>

#include <QByteArrayView>

namespace tessera::formats {

class XmlPosition {
public:
    explicit XmlPosition(QByteArrayView data);

    std::pair<qint64, qint64> at(qsizetype offset);

private:
    void reset();

    QByteArrayView m_data;
    qsizetype m_offset = 0;    // where the counts below hold
    qint64 m_line = 1;         // line of m_offset
    qsizetype m_lineStart = 0; // byte offset of that line's start
    qint64 m_column = 1;       // column of m_offset
};

} // namespace tessera::formats
