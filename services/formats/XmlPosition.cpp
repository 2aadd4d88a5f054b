#include "XmlPosition.h"

#include <cstring>

namespace tessera::formats {

XmlPosition::XmlPosition(QByteArrayView data)
    : m_data(data)
{
    reset();
}

void XmlPosition::reset()
{
    // A byte order mark is not a column.
    m_offset = m_lineStart = m_data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    m_line = 1;
    m_column = 1;
}

std::pair<qint64, qint64> XmlPosition::at(qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, m_data.size());
    if (offset < m_offset)
        reset();
    if (offset < m_offset) // inside the byte order mark
        return {1, 1};
    const char* base = m_data.data();
    for (const char* p = base + m_offset;;) {
        const void* newline = std::memchr(p, '\n', size_t(base + offset - p));
        if (!newline)
            break;
        ++m_line;
        p = static_cast<const char*>(newline) + 1;
        m_lineStart = p - base;
        m_offset = m_lineStart;
        m_column = 1;
    }
    for (qsizetype i = m_offset; i < offset; ++i) {
        if ((uchar(base[i]) & 0xC0) != 0x80)
            ++m_column;
    }
    m_offset = offset;
    return {m_line, m_column};
}

} // namespace tessera::formats
