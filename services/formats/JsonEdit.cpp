// JsonEdit: splices new string values and new members into the bytes of a scanned JSON file.
#include "JsonEdit.h"

#include <algorithm>

namespace tessera::formats {

QByteArray JsonEdit::quote(const QString& text, const JsonStyle& style)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '"';
    const char* digits = style.upperHex ? "0123456789ABCDEF" : "0123456789abcdef";
    const auto escapeUnit = [&](char16_t unit) {
        out += "\\u";
        for (int shift = 12; shift >= 0; shift -= 4)
            out += digits[(unit >> shift) & 0xF];
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case 0x08:
            out += "\\b";
            break;
        case 0x0C:
            out += "\\f";
            break;
        default:
            if (c < 0x20) {
                escapeUnit(c);
            } else if (c < 0x80) {
                out += char(c);
            } else if (style.escapeNonAscii) {
                escapeUnit(c);
            } else if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
                out += QString(text.constData() + i, 2).toUtf8();
                ++i;
            } else if (QChar::isSurrogate(c)) {
                escapeUnit(c); // a lone surrogate has no UTF-8 form
            } else {
                out += QString(QChar(c)).toUtf8();
            }
        }
    }
    out += '"';
    return out;
}

void JsonEdit::setString(int node, const QString& text)
{
    const JsonNode& n = m_scan.nodes[node];
    if (n.isString() && n.text == text)
        return;
    m_splices.append(Splice{n.begin, n.end, quote(text, m_scan.style), int(m_splices.size()), -1});
}

QByteArray JsonEdit::lineIndent(const QByteArray& data, qsizetype offset)
{
    qsizetype lineStart = offset;
    while (lineStart > 0 && data[lineStart - 1] != '\n')
        --lineStart;
    qsizetype end = lineStart;
    while (end < data.size() && (data[end] == ' ' || data[end] == '\t'))
        ++end;
    return data.mid(lineStart, end - lineStart);
}

QByteArray JsonEdit::indent(int depth) const
{
    return m_scan.style.indentUnit.repeated(std::max(0, depth));
}

QByteArray JsonEdit::object(const QList<std::pair<QString, QByteArray>>& members, int depth, const JsonStyle& style)
{
    const auto pad = [&](int d) { return style.indentUnit.repeated(std::max(0, d)); };
    if (members.isEmpty())
        return "{}";
    QByteArray out = "{";
    for (qsizetype i = 0; i < members.size(); ++i) {
        if (i > 0)
            out += ',';
        if (!style.compact)
            out += style.newline + pad(depth + 1);
        out += quote(members[i].first, style) + style.colon + members[i].second;
    }
    if (!style.compact)
        out += style.newline + pad(depth);
    out += '}';
    return out;
}

void JsonEdit::insertMember(int object, int after, bool first, const QString& key, const QByteArray& value)
{
    const JsonStyle& style = m_scan.style;
    const JsonNode& obj = m_scan.nodes[object];
    const QByteArray member = quote(key, style) + style.colon + value;
    const int sequence = int(m_splices.size());
    if (obj.firstChild < 0) {
        // Empty object: lay it out afresh between its braces; further members join that layout.
        const QByteArray own = lineIndent(obj.begin);
        const QByteArray line = style.compact ? member : style.newline + own + style.indentUnit + member;
        const QByteArray closing = style.compact ? QByteArray() : style.newline + own;
        for (Splice& splice : m_splices) {
            if (splice.emptyObject == object) {
                splice.text.chop(closing.size());
                splice.text += ',' + line + closing;
                return;
            }
        }
        m_splices.append(Splice{obj.begin + 1, obj.end - 1, line + closing, sequence, object});
        return;
    }
    if (after < 0 && !first) {
        after = obj.firstChild;
        while (m_scan.nodes[after].nextSibling >= 0)
            after = m_scan.nodes[after].nextSibling;
    }
    if (after >= 0) {
        const JsonNode& sibling = m_scan.nodes[after];
        QByteArray text = ",";
        if (!style.compact)
            text += style.newline + lineIndent(sibling.keyBegin);
        text += member;
        m_splices.append(Splice{sibling.end, sibling.end, text, sequence, -1});
        return;
    }
    insertBefore(obj.firstChild, key, value);
}

void JsonEdit::insertBefore(int before, const QString& key, const QByteArray& value)
{
    const JsonStyle& style = m_scan.style;
    const JsonNode& next = m_scan.nodes[before];
    QByteArray text = quote(key, style) + style.colon + value + ",";
    if (!style.compact)
        text += style.newline + lineIndent(next.keyBegin);
    m_splices.append(Splice{next.keyBegin, next.keyBegin, text, int(m_splices.size()), -1});
}

QByteArray JsonEdit::result() const
{
    if (m_splices.isEmpty())
        return m_original;
    QList<Splice> sorted = m_splices;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Splice& a, const Splice& b) {
        return a.begin != b.begin ? a.begin < b.begin : a.sequence < b.sequence;
    });
    QByteArray out;
    out.reserve(m_original.size() + 256);
    qsizetype pos = 0;
    for (const Splice& s : sorted) {
        if (s.begin < pos)
            continue; // overlaps an earlier splice (cannot happen with well-formed requests)
        out += m_original.mid(pos, s.begin - pos);
        out += s.text;
        pos = s.end;
    }
    out += m_original.mid(pos);
    return out;
}

} // namespace tessera::formats
