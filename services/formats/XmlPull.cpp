#include "XmlPull.h"

#include <algorithm>
#include <cstring>

#include <QRegularExpression>

namespace tessera::formats {

namespace {

constexpr QByteArrayView xmlNamespace = "http://www.w3.org/XML/1998/namespace";
constexpr QByteArrayView xmlnsNamespace = "http://www.w3.org/2000/xmlns/";

// Byte classes for names: bit 1 may start a name, bit 2 may continue one. Bytes of multi-byte
// UTF-8 sequences are taken as name characters (the file is checked to be valid UTF-8 first).
struct NameTable {
    unsigned char bits[256] = {};
    constexpr NameTable()
    {
        for (int c = 0; c < 256; ++c) {
            const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == ':' || c >= 0x80;
            const bool more = letter || (c >= '0' && c <= '9') || c == '-' || c == '.';
            bits[c] = (letter ? 1 : 0) | (more ? 2 : 0);
        }
    }
};
constexpr NameTable names;

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0x10FFFF);
}

// The offset of the first byte that is not valid UTF-8 or not an XML character, or -1.
qsizetype invalidUtf8(QByteArrayView data)
{
    const auto* p = reinterpret_cast<const unsigned char*>(data.data());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        // Eight ASCII bytes at a time; control characters are checked where text is read.
        if (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, p + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t code = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            code = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            code = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            code = c & 0x07;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (p[i + k] & 0x3F);
        }
        const char32_t minimum = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
        if (code < minimum || !isXmlChar(code))
            return i;
        i += length;
    }
    return -1;
}

void appendUtf8(QByteArray& out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

// The character a reference `&…;` (without & and ;) stands for, or 0 when it is not one.
char32_t referenced(QByteArrayView name)
{
    if (name.startsWith('#')) {
        const bool hex = name.size() > 1 && name[1] == 'x';
        const QByteArrayView digits = name.sliced(hex ? 2 : 1);
        if (digits.isEmpty() || digits.size() > 8)
            return 0;
        char32_t value = 0;
        for (const char d : digits) {
            int digit;
            if (d >= '0' && d <= '9')
                digit = d - '0';
            else if (hex && d >= 'a' && d <= 'f')
                digit = d - 'a' + 10;
            else if (hex && d >= 'A' && d <= 'F')
                digit = d - 'A' + 10;
            else
                return 0;
            value = value * (hex ? 16 : 10) + char32_t(digit);
        }
        return isXmlChar(value) ? value : 0;
    }
    if (name == "amp")
        return '&';
    if (name == "lt")
        return '<';
    if (name == "gt")
        return '>';
    if (name == "quot")
        return '"';
    if (name == "apos")
        return '\'';
    return 0;
}

} // namespace

XmlPull::XmlPull(QByteArrayView data)
    : m_data(data)
{
    if (m_data.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
    m_open.reserve(64);
    m_attributes.reserve(16);
}

XmlPull::Token XmlPull::fail(qsizetype at, const QString& message)
{
    if (m_token != Token::Invalid) {
        m_error = message;
        m_errorOffset = qBound<qsizetype>(0, at, m_data.size());
        m_begin = m_end = m_errorOffset;
    }
    m_token = Token::Invalid;
    return m_token;
}

void XmlPull::skipSpace(qsizetype& at) const
{
    while (at < m_data.size() && isSpace(m_data[at]))
        ++at;
}

XmlPull::Token XmlPull::next()
{
    if (atEnd())
        return m_token;
    if (m_token == Token::None) {
        if (const qsizetype bad = invalidUtf8(m_data); bad >= 0)
            return fail(bad, QStringLiteral("the text is not valid UTF-8 or holds a character XML does not allow"));
    }
    if (m_token == Token::EndElement) {
        m_namespaces.resize(m_open.back().namespaces);
        m_open.pop_back();
        if (m_open.empty())
            m_rootDone = true;
    }
    if (m_pendingEnd)
        return finishEmptyElement();
    m_emptyElement = false;
    m_cdata = false;
    m_begin = m_pos;
    if (m_pos >= m_data.size()) {
        if (!m_open.empty())
            return fail(m_pos, QStringLiteral("the file ends before <%1> is closed")
                                   .arg(QString::fromUtf8(m_open.back().qualifiedName)));
        if (!m_rootSeen)
            return fail(m_pos, QStringLiteral("the file has no root element"));
        m_token = Token::EndDocument;
        m_end = m_pos;
        return m_token;
    }
    if (m_data[m_pos] == '<')
        return readMarkup();
    return readCharacters();
}

XmlPull::Token XmlPull::readMarkup()
{
    const QByteArrayView rest = m_data.sliced(m_pos);
    if (rest.size() < 2)
        return fail(m_pos, QStringLiteral("the file ends inside a tag"));
    switch (rest[1]) {
    case '/':
        return readEndTag();
    case '?':
        return readProcessingInstruction();
    case '!':
        if (rest.startsWith("<!--"))
            return readComment();
        if (rest.startsWith("<![CDATA["))
            return readCdata();
        if (rest.startsWith("<!DOCTYPE"))
            return readDoctype();
        return fail(m_pos, QStringLiteral("\"<!\" starts neither a comment, a CDATA section nor a DOCTYPE"));
    default:
        return readStartTag();
    }
}

bool XmlPull::readName(qsizetype& at, QByteArrayView& name)
{
    const qsizetype begin = at;
    const auto* p = reinterpret_cast<const unsigned char*>(m_data.data());
    if (at >= m_data.size() || !(names.bits[p[at]] & 1))
        return false;
    ++at;
    while (at < m_data.size() && (names.bits[p[at]] & 2))
        ++at;
    name = m_data.sliced(begin, at - begin);
    return true;
}

bool XmlPull::resolve(QByteArrayView qualifiedName, QByteArrayView& prefix, QByteArrayView& local, QByteArrayView& uri,
                      bool attribute, qsizetype at)
{
    const qsizetype colon = qualifiedName.indexOf(':');
    if (colon < 0) {
        prefix = {};
        local = qualifiedName;
        uri = {};
        if (attribute)
            return true;
    } else {
        prefix = qualifiedName.first(colon);
        local = qualifiedName.sliced(colon + 1);
        if (prefix.isEmpty() || local.isEmpty() || local.contains(':') || !(names.bits[uchar(local[0])] & 1)) {
            fail(at, QStringLiteral("\"%1\" is not a valid qualified name").arg(QString::fromUtf8(qualifiedName)));
            return false;
        }
        if (prefix == "xml") {
            uri = xmlNamespace;
            return true;
        }
    }
    for (auto it = m_namespaces.rbegin(); it != m_namespaces.rend(); ++it) {
        if (it->prefix == prefix) {
            uri = QByteArrayView(it->uri);
            if (!prefix.isEmpty() && uri.isEmpty())
                break;
            return true;
        }
    }
    if (prefix.isEmpty() || !m_namespaceProcessing) {
        uri = {};
        return true;
    }
    fail(at, QStringLiteral("the namespace prefix \"%1\" is not declared").arg(QString::fromUtf8(prefix)));
    return false;
}

bool XmlPull::checkReferences(qsizetype begin, qsizetype end)
{
    for (qsizetype amp = m_data.sliced(begin, end - begin).indexOf('&'); amp >= 0;) {
        const qsizetype at = begin + amp;
        const qsizetype semicolon = m_data.sliced(at, qMin<qsizetype>(end - at, 12)).indexOf(';');
        if (semicolon < 0 || referenced(m_data.sliced(at + 1, semicolon - 1)) == 0) {
            const QByteArrayView name =
                semicolon < 0 ? m_data.sliced(at, qMin<qsizetype>(end - at, 12)) : m_data.sliced(at, semicolon + 1);
            fail(at, QStringLiteral("\"%1\" is not a character reference or one of XML's five entities (&amp; "
                                    "&lt; &gt; &quot; &apos;)")
                         .arg(QString::fromUtf8(name)));
            return false;
        }
        const qsizetype next = m_data.sliced(at + semicolon, end - at - semicolon).indexOf('&');
        amp = next < 0 ? -1 : at + semicolon + next - begin;
    }
    return true;
}

bool XmlPull::checkControls(qsizetype begin, qsizetype end)
{
    for (qsizetype i = begin; i < end; ++i) {
        const uchar c = uchar(m_data[i]);
        if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
            fail(i,
                 QStringLiteral("control character U+%1 is not allowed in XML").arg(int(c), 4, 16, QLatin1Char('0')));
            return false;
        }
    }
    return true;
}

namespace {

// Whether any of the eight bytes in `word` is below 0x20, '&' or ']' (the bytes checkText looks at).
bool holdsTextSpecial(quint64 word)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    const auto hasZero = [](quint64 x) { return ((x - ones) & ~x & highs) != 0; };
    const bool control = ((word - ones * 0x20) & ~word & highs) != 0; // a byte below 0x20
    return control || hasZero(word ^ (ones * '&')) || hasZero(word ^ (ones * ']'));
}

// Whether an attribute value needs the checks of readStartTag: it holds a byte below 0x20, '<' or '&'.
bool valueNeedsCheck(QByteArrayView value)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    const auto hasZero = [](quint64 x) { return ((x - ones) & ~x & highs) != 0; };
    const auto* p = reinterpret_cast<const unsigned char*>(value.data());
    const qsizetype n = value.size();
    qsizetype i = 0;
    for (; i + 8 <= n; i += 8) {
        quint64 word;
        std::memcpy(&word, p + i, 8);
        if (((word - ones * 0x20) & ~word & highs) != 0 || hasZero(word ^ (ones * '<')) || hasZero(word ^ (ones * '&')))
            return true;
    }
    for (; i < n; ++i) {
        if (p[i] < 0x20 || p[i] == '<' || p[i] == '&')
            return true;
    }
    return false;
}

} // namespace

bool XmlPull::checkText(qsizetype begin, qsizetype end)
{
    const auto* p = reinterpret_cast<const unsigned char*>(m_data.data());
    bool references = false;
    bool carriageReturn = false;
    for (qsizetype i = begin; i < end; ++i) {
        // Eight bytes at a time while none of them needs a look.
        while (i + 8 <= end) {
            quint64 word;
            std::memcpy(&word, p + i, 8);
            if (holdsTextSpecial(word))
                break;
            i += 8;
        }
        if (i >= end)
            break;
        const unsigned char c = p[i];
        if (c >= 0x20 && c != '&' && c != ']')
            continue;
        if (c == '&') {
            references = true;
        } else if (c == '\r') {
            carriageReturn = true;
        } else if (c == ']') {
            if (i + 2 < end && p[i + 1] == ']' && p[i + 2] == '>') {
                fail(i, QStringLiteral("\"]]>\" in text must be written \"]]&gt;\""));
                return false;
            }
        } else if (c != '\n' && c != '\t' && c != '\r') {
            fail(i,
                 QStringLiteral("control character U+%1 is not allowed in XML").arg(int(c), 4, 16, QLatin1Char('0')));
            return false;
        }
    }
    m_plainText = !references && !carriageReturn;
    return !references || checkReferences(begin, end);
}

XmlPull::Token XmlPull::readCharacters()
{
    const char* start = m_data.data() + m_pos;
    const void* lt = std::memchr(start, '<', size_t(m_data.size() - m_pos));
    const qsizetype end = lt ? qsizetype(static_cast<const char*>(lt) - m_data.data()) : m_data.size();
    m_plainText = false;
    if (m_open.empty()) {
        for (qsizetype i = m_pos; i < end; ++i) {
            if (!isSpace(m_data[i]))
                return fail(i, m_rootDone ? QStringLiteral("text after the root element")
                                          : QStringLiteral("text before the root element"));
        }
    } else if (!checkText(m_pos, end)) {
        return m_token;
    }
    m_begin = m_pos;
    m_end = m_pos = end;
    m_body = m_data.sliced(m_begin, m_end - m_begin);
    m_token = Token::Characters;
    return m_token;
}

XmlPull::Token XmlPull::readCdata()
{
    if (m_open.empty())
        return fail(m_pos, QStringLiteral("a CDATA section outside the root element"));
    const qsizetype content = m_pos + 9;
    const qsizetype close = m_data.indexOf("]]>", content);
    if (close < 0)
        return fail(m_pos, QStringLiteral("the CDATA section is not closed"));
    if (!checkControls(content, close))
        return m_token;
    m_begin = m_pos;
    m_end = m_pos = close + 3;
    m_body = m_data.sliced(content, close - content);
    m_cdata = true;
    m_token = Token::Characters;
    return m_token;
}

XmlPull::Token XmlPull::readComment()
{
    const qsizetype content = m_pos + 4;
    const qsizetype dashes = m_data.indexOf("--", content);
    if (dashes < 0)
        return fail(m_pos, QStringLiteral("the comment is not closed"));
    if (dashes + 2 >= m_data.size() || m_data[dashes + 2] != '>')
        return fail(dashes, QStringLiteral("\"--\" inside a comment"));
    if (!checkControls(content, dashes))
        return m_token;
    m_begin = m_pos;
    m_end = m_pos = dashes + 3;
    m_body = m_data.sliced(content, dashes - content);
    m_token = Token::Comment;
    return m_token;
}

XmlPull::Token XmlPull::readProcessingInstruction()
{
    qsizetype at = m_pos + 2;
    QByteArrayView target;
    if (!readName(at, target))
        return fail(at, QStringLiteral("a processing instruction without a target name"));
    if (target.contains(':'))
        return fail(
            m_pos + 2,
            QStringLiteral("the processing instruction's target \"%1\" has a colon").arg(QString::fromUtf8(target)));
    const qsizetype close = m_data.indexOf("?>", at);
    if (close < 0)
        return fail(m_pos, QStringLiteral("the processing instruction is not closed"));
    if (close > at && !isSpace(m_data[at]))
        return fail(at, QStringLiteral("the processing instruction's target \"%1\" runs into its data")
                            .arg(QString::fromUtf8(target)));
    const bool declaration = target.compare("xml", Qt::CaseInsensitive) == 0;
    if (declaration && (target != "xml" || m_pos != (m_data.startsWith("\xEF\xBB\xBF") ? 3 : 0)))
        return fail(m_pos, QStringLiteral("the XML declaration must be the very first thing in the file"));
    skipSpace(at);
    if (!checkControls(at, close))
        return m_token;
    if (declaration) {
        static const QRegularExpression pseudoAttributes(
            QStringLiteral("\\Aversion\\s*=\\s*(\"1\\.[0-9]+\"|'1\\.[0-9]+')"
                           "(\\s+encoding\\s*=\\s*(\"[A-Za-z][A-Za-z0-9._-]*\"|'[A-Za-z][A-Za-z0-9._-]*'))?"
                           "(\\s+standalone\\s*=\\s*(\"(yes|no)\"|'(yes|no)'))?\\s*\\z"));
        if (!pseudoAttributes.match(QString::fromLatin1(m_data.sliced(at, close - at))).hasMatch())
            return fail(m_pos, QStringLiteral("the XML declaration is not <?xml version=\"1.x\" encoding=\"…\" "
                                              "standalone=\"yes|no\"?>"));
    }
    m_begin = m_pos;
    m_end = m_pos = close + 2;
    m_name = target;
    m_body = m_data.sliced(at, close - at);
    m_token = declaration ? Token::StartDocument : Token::ProcessingInstruction;
    return m_token;
}

XmlPull::Token XmlPull::readDoctype()
{
    if (m_rootSeen || m_doctypeSeen)
        return fail(m_pos, QStringLiteral("a DOCTYPE declaration after the root element or a second one"));
    m_doctypeSeen = true;
    qsizetype at = m_pos + 9;
    char quote = 0;
    int bracket = 0;
    for (; at < m_data.size(); ++at) {
        const char c = m_data[at];
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '[') {
            ++bracket;
        } else if (c == ']') {
            --bracket;
        } else if (c == '<' && bracket > 0 && m_data.sliced(at).startsWith("<!ENTITY")) {
            return fail(at, QStringLiteral("the DOCTYPE declares entities; entity declarations are refused (they "
                                           "can expand without limit)"));
        } else if (c == '>' && bracket <= 0) {
            break;
        }
    }
    if (at >= m_data.size())
        return fail(m_pos, QStringLiteral("the DOCTYPE declaration is not closed"));
    m_begin = m_pos;
    m_end = m_pos = at + 1;
    m_body = m_data.sliced(m_begin + 9, at - m_begin - 9);
    m_token = Token::Doctype;
    return m_token;
}

XmlPull::Token XmlPull::readStartTag()
{
    if (m_rootDone)
        return fail(m_pos, QStringLiteral("a second root element"));
    if (int(m_open.size()) >= maxDepth)
        return fail(m_pos, QStringLiteral("elements are nested more than %1 deep").arg(maxDepth));
    qsizetype at = m_pos + 1;
    QByteArrayView qualified;
    if (!readName(at, qualified))
        return fail(at, QStringLiteral("\"<\" must start a tag, or be written \"&lt;\" in text"));
    m_attributes.clear();
    const qsizetype namespaces = qsizetype(m_namespaces.size());
    // Attributes first, then namespace declarations among them, then names resolved.
    bool empty = false;
    for (;;) {
        const qsizetype beforeSpace = at;
        skipSpace(at);
        if (at >= m_data.size())
            return fail(m_pos, QStringLiteral("the file ends inside the tag <%1>").arg(QString::fromUtf8(qualified)));
        const char c = m_data[at];
        if (c == '>') {
            ++at;
            break;
        }
        if (c == '/') {
            if (at + 1 >= m_data.size() || m_data[at + 1] != '>')
                return fail(at, QStringLiteral("\"/\" in a tag must be followed by \">\""));
            at += 2;
            empty = true;
            break;
        }
        if (at == beforeSpace)
            return fail(at, QStringLiteral("attributes must be separated by white space"));
        Attribute attribute;
        const qsizetype nameBegin = at;
        if (!readName(at, attribute.qualifiedName))
            return fail(at, QStringLiteral("unexpected character \"%1\" in the tag <%2>")
                                .arg(QString::fromUtf8(m_data.sliced(at, 1)), QString::fromUtf8(qualified)));
        skipSpace(at);
        if (at >= m_data.size() || m_data[at] != '=')
            return fail(
                at, QStringLiteral("attribute \"%1\" has no value").arg(QString::fromUtf8(attribute.qualifiedName)));
        ++at;
        skipSpace(at);
        if (at >= m_data.size() || (m_data[at] != '"' && m_data[at] != '\''))
            return fail(at, QStringLiteral("the value of attribute \"%1\" must be in quotes")
                                .arg(QString::fromUtf8(attribute.qualifiedName)));
        const char quote = m_data[at];
        const qsizetype valueBegin = at + 1;
        const void* found = std::memchr(m_data.data() + valueBegin, quote, size_t(m_data.size() - valueBegin));
        if (!found)
            return fail(at, QStringLiteral("the value of attribute \"%1\" is not closed")
                                .arg(QString::fromUtf8(attribute.qualifiedName)));
        const qsizetype valueEnd = static_cast<const char*>(found) - m_data.data();
        attribute.rawValue = m_data.sliced(valueBegin, valueEnd - valueBegin);
        if (valueNeedsCheck(attribute.rawValue)) { // most values hold none of '<', '&' or a control
            if (const qsizetype lt = attribute.rawValue.indexOf('<'); lt >= 0)
                return fail(valueBegin + lt, QStringLiteral("\"<\" in the value of attribute \"%1\" must be written "
                                                            "\"&lt;\"")
                                                 .arg(QString::fromUtf8(attribute.qualifiedName)));
            // Unlike text, a value may hold "]]>".
            if (!checkControls(valueBegin, valueEnd) || !checkReferences(valueBegin, valueEnd))
                return m_token;
        }
        for (const Attribute& other : m_attributes) {
            if (other.qualifiedName == attribute.qualifiedName)
                return fail(
                    nameBegin,
                    QStringLiteral("attribute \"%1\" is given twice").arg(QString::fromUtf8(attribute.qualifiedName)));
        }
        at = valueEnd + 1;
        if (attribute.qualifiedName == "xmlns" || attribute.qualifiedName.startsWith("xmlns:")) {
            Namespace declared;
            declared.prefix = attribute.qualifiedName.size() > 5 ? attribute.qualifiedName.sliced(6) : QByteArrayView();
            decode(attribute.rawValue, declared.uri, true);
            if (declared.prefix == "xmlns" || (declared.prefix == "xml") != (declared.uri == xmlNamespace) ||
                declared.uri == xmlnsNamespace)
                return fail(valueBegin, QStringLiteral("the namespace declaration \"%1\" is not allowed")
                                            .arg(QString::fromUtf8(attribute.qualifiedName)));
            m_namespaces.push_back(std::move(declared));
        }
        m_attributes.push_back(attribute);
    }
    if (!resolve(qualified, m_prefix, m_name, m_namespaceUri, false, m_pos + 1))
        return m_token;
    for (Attribute& attribute : m_attributes) {
        if (attribute.qualifiedName == "xmlns" || attribute.qualifiedName.startsWith("xmlns:")) {
            attribute.prefix = attribute.qualifiedName.first(attribute.qualifiedName.size() > 5 ? 5 : 0);
            attribute.name =
                attribute.qualifiedName.size() > 5 ? attribute.qualifiedName.sliced(6) : attribute.qualifiedName;
            attribute.namespaceUri = xmlnsNamespace;
            continue;
        }
        if (!resolve(attribute.qualifiedName, attribute.prefix, attribute.name, attribute.namespaceUri, true, m_pos))
            return m_token;
    }
    for (size_t i = 0; m_namespaceProcessing && i < m_attributes.size(); ++i) {
        if (m_attributes[i].prefix.isEmpty())
            continue;
        for (size_t j = i + 1; j < m_attributes.size(); ++j) {
            if (!m_attributes[j].prefix.isEmpty() && m_attributes[i].name == m_attributes[j].name &&
                m_attributes[i].namespaceUri == m_attributes[j].namespaceUri)
                return fail(m_pos, QStringLiteral("attribute \"%1\" is given twice in the same namespace")
                                       .arg(QString::fromUtf8(m_attributes[j].qualifiedName)));
        }
    }
    m_open.push_back({qualified, namespaces});
    m_rootSeen = true;
    m_qualifiedName = qualified;
    m_emptyElement = empty;
    m_pendingEnd = empty;
    m_begin = m_pos;
    m_end = m_pos = at;
    m_token = Token::StartElement;
    return m_token;
}

XmlPull::Token XmlPull::finishEmptyElement()
{
    m_pendingEnd = false;
    m_begin = m_end = m_pos;
    m_token = Token::EndElement;
    return m_token;
}

XmlPull::Token XmlPull::readEndTag()
{
    qsizetype at = m_pos + 2;
    QByteArrayView qualified;
    if (!readName(at, qualified))
        return fail(at, QStringLiteral("\"</\" must be followed by an element name"));
    skipSpace(at);
    if (at >= m_data.size())
        return fail(at, QStringLiteral("the file ends inside the end tag </%1>").arg(QString::fromUtf8(qualified)));
    if (m_data[at] != '>')
        return fail(at, QStringLiteral("the end tag </%1> is not closed with \">\"").arg(QString::fromUtf8(qualified)));
    if (m_open.empty())
        return fail(m_pos, QStringLiteral("the end tag </%1> has no start tag").arg(QString::fromUtf8(qualified)));
    if (m_open.back().qualifiedName != qualified)
        return fail(m_pos, QStringLiteral("the end tag </%1> does not match the start tag <%2>")
                               .arg(QString::fromUtf8(qualified), QString::fromUtf8(m_open.back().qualifiedName)));
    if (!resolve(qualified, m_prefix, m_name, m_namespaceUri, false, m_pos))
        return m_token;
    m_qualifiedName = qualified;
    m_attributes.clear();
    m_begin = m_pos;
    m_end = m_pos = at + 1;
    m_token = Token::EndElement;
    return m_token;
}

bool XmlPull::isWhitespace() const
{
    if (m_cdata)
        return false;
    for (const char c : m_body) {
        if (!isSpace(c))
            return false;
    }
    return true;
}

void XmlPull::decode(QByteArrayView raw, QByteArray& out, bool attribute)
{
    qsizetype copied = 0;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c != '&' && c != '\r' && !(attribute && (c == '\n' || c == '\t')))
            continue;
        out.append(raw.sliced(copied, i - copied));
        if (c == '&') {
            const qsizetype semicolon = raw.indexOf(';', i);
            appendUtf8(out, referenced(raw.sliced(i + 1, semicolon - i - 1)));
            i = semicolon;
        } else if (c == '\r') {
            out += attribute ? ' ' : '\n';
            if (i + 1 < raw.size() && raw[i + 1] == '\n')
                ++i;
        } else {
            out += ' ';
        }
        copied = i + 1;
    }
    out.append(raw.sliced(copied));
}

void XmlPull::appendText(QByteArray& out) const
{
    if (m_plainText && !m_cdata) {
        out.append(m_body);
        return;
    }
    if (m_cdata) {
        // No references in CDATA; line breaks are still normalised.
        if (!m_body.contains('\r')) {
            out.append(m_body);
            return;
        }
        QByteArray body = m_body.toByteArray();
        body.replace("\r\n", "\n");
        body.replace('\r', '\n');
        out.append(body);
        return;
    }
    decode(m_body, out, false);
}

QString XmlPull::toString(QByteArrayView utf8)
{
    // QString::fromUtf8 drops a leading U+FEFF as a byte order mark; in text it is a character.
    if (utf8.startsWith("\xEF\xBB\xBF"))
        return QChar(0xFEFF) + QString::fromUtf8(utf8.sliced(3));
    return QString::fromUtf8(utf8);
}

QString XmlPull::text() const
{
    QByteArray out;
    appendText(out);
    return toString(out);
}

QString XmlPull::attributeValue(QByteArrayView raw)
{
    // Most values hold no reference and no character that normalisation changes: no copy needed.
    if (std::none_of(raw.begin(), raw.end(), [](char c) { return c == '&' || c == '\r' || c == '\n' || c == '\t'; }))
        return toString(raw);
    QByteArray out;
    decode(raw, out, true);
    return toString(out);
}

QString XmlPull::attribute(QByteArrayView qualifiedName) const
{
    for (const Attribute& attribute : m_attributes) {
        if (attribute.qualifiedName == qualifiedName)
            return attributeValue(attribute.rawValue);
    }
    return QString();
}

QString XmlPull::attribute(QByteArrayView namespaceUri, QByteArrayView name) const
{
    for (const Attribute& attribute : m_attributes) {
        if (attribute.name == name && attribute.namespaceUri == namespaceUri)
            return attributeValue(attribute.rawValue);
    }
    return QString();
}

bool XmlPull::hasAttribute(QByteArrayView qualifiedName) const
{
    for (const Attribute& attribute : m_attributes) {
        if (attribute.qualifiedName == qualifiedName)
            return true;
    }
    return false;
}

} // namespace tessera::formats
