#include "TmxText.h"

#include <QTimeZone>

#include "XmlPull.h"

namespace tessera::formats {

using Token = XmlPull::Token;

namespace {

int digits(QStringView text, qsizetype at, qsizetype count)
{
    int value = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0x10FFFF);
}

// Appends text with the escapes `attribute` asks for, dropping what XML cannot carry.
void appendXml(QString& out, QStringView text, bool attribute)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar ch = text[i];
        const char16_t c = ch.unicode();
        if (c >= u'?' && !ch.isSurrogate() && c < 0xFFFE) {
            out += ch;
            continue;
        }
        switch (c) {
        case u'&':
            out += u"&amp;";
            continue;
        case u'<':
            out += u"&lt;";
            continue;
        case u'>':
            out += u"&gt;";
            continue;
        case u'\r':
            out += u"&#13;";
            continue;
        case u'"':
            out += attribute ? QStringView(u"&quot;") : QStringView(u"\"");
            continue;
        case u'\t':
            out += attribute ? QStringView(u"&#9;") : QStringView(u"\t");
            continue;
        case u'\n':
            out += attribute ? QStringView(u"&#10;") : QStringView(u"\n");
            continue;
        default:
            break;
        }
        if (ch.isHighSurrogate() && i + 1 < size && text[i + 1].isLowSurrogate()) {
            out += ch;
            out += text[++i];
            continue;
        }
        if (!ch.isSurrogate() && isXmlChar(c))
            out += ch;
    }
}

// The end of the tag that starts at `at` ('<'), past its '>'; -1 when there is none.
qsizetype tagEnd(const QString& text, qsizetype at)
{
    QChar quote;
    for (qsizetype i = at + 1; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'>') {
            return i + 1;
        } else if (c == u'<') {
            return -1;
        }
    }
    return -1;
}

// The name of the tag at `at` ('<' or '</').
QStringView tagName(const QString& text, qsizetype at)
{
    qsizetype start = at + 1;
    if (start < text.size() && text[start] == u'/')
        ++start;
    qsizetype end = start;
    while (end < text.size() && (text[end].isLetterOrNumber() || text[end] == u'-' || text[end] == u'_' ||
                                 text[end] == u':' || text[end] == u'.'))
        ++end;
    return QStringView(text).mid(start, end - start);
}

// The end of the balanced element that starts at `at`, or -1.
qsizetype elementEnd(const QString& text, qsizetype at)
{
    int depth = 0;
    qsizetype i = at;
    while (i >= 0 && i < text.size()) {
        const qsizetype end = tagEnd(text, i);
        if (end < 0)
            return -1;
        if (text[i + 1] == u'/')
            --depth;
        else if (text[end - 2] != u'/')
            ++depth;
        if (depth == 0)
            return end;
        i = text.indexOf(u'<', end);
    }
    return -1;
}

// True when `span` read as <seg> content gives `span` back.
bool readsBackSame(QStringView span)
{
    const QByteArray bytes = span.toUtf8();
    QByteArray document;
    document.reserve(bytes.size() + 16);
    document += "<seg>";
    document += bytes;
    document += "</seg>";
    XmlPull reader(document);
    if (reader.next() != XmlPull::Token::StartElement)
        return false;
    QByteArray back;
    if (!TmxText::readSegContent(reader, back))
        return false;
    return reader.next() == XmlPull::Token::EndDocument && back == bytes;
}

// UTF-8 text escaped as appendEscaped() (attribute: appendAttribute()) escapes it; the text comes
// from the tokenizer, so it holds only characters XML allows.
void appendXmlUtf8(QByteArray& out, QByteArrayView text, bool attribute)
{
    qsizetype done = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = text[i];
        const char* escaped = nullptr;
        switch (c) {
        case '&':
            escaped = "&amp;";
            break;
        case '<':
            escaped = "&lt;";
            break;
        case '>':
            escaped = "&gt;";
            break;
        case '\r':
            escaped = "&#13;";
            break;
        case '"':
            escaped = attribute ? "&quot;" : nullptr;
            break;
        case '\t':
            escaped = attribute ? "&#9;" : nullptr;
            break;
        case '\n':
            escaped = attribute ? "&#10;" : nullptr;
            break;
        default:
            break;
        }
        if (!escaped)
            continue;
        out += text.sliced(done, i - done);
        out += escaped;
        done = i + 1;
    }
    out += text.sliced(done);
}

} // namespace

QDateTime TmxText::parseDate(QStringView text)
{
    if ((text.size() == 16 && text[15] == u'Z') || text.size() == 15) {
        if (text[8] == u'T') {
            const int year = digits(text, 0, 4);
            const int month = digits(text, 4, 2);
            const int day = digits(text, 6, 2);
            const int hour = digits(text, 9, 2);
            const int minute = digits(text, 11, 2);
            const int second = digits(text, 13, 2);
            if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
                return {};
            const QDate date(year, month, day);
            const QTime time(hour, minute, second);
            if (!date.isValid() || !time.isValid())
                return {};
            return QDateTime(date, time, QTimeZone::UTC);
        }
    }
    QDateTime iso = QDateTime::fromString(text.toString(), Qt::ISODate);
    if (!iso.isValid())
        return {};
    iso = iso.toUTC();
    return iso.addMSecs(-iso.time().msec());
}

QString TmxText::formatDate(const QDateTime& date)
{
    if (!date.isValid())
        return {};
    return date.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

void TmxText::appendEscaped(QString& out, QStringView text)
{
    appendXml(out, text, false);
}

void TmxText::appendAttribute(QString& out, QStringView text)
{
    appendXml(out, text, true);
}

bool TmxText::isXmlText(QStringView text)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c < 0xD800)
            continue;
        if (c == u'\t' || c == u'\n' || c == u'\r' || (c >= 0xE000 && c < 0xFFFE))
            continue;
        if (QChar::isHighSurrogate(c) && i + 1 < size && text[i + 1].isLowSurrogate()) {
            ++i;
            continue;
        }
        return false;
    }
    return true;
}

bool TmxText::isInlineElement(QStringView name)
{
    return name == u"bpt" || name == u"ept" || name == u"ph" || name == u"it" || name == u"hi" || name == u"ut" ||
           name == u"sub";
}

void TmxText::appendStartTag(QByteArray& out, const XmlPull& reader)
{
    out += '<';
    out += reader.qualifiedName();
    QByteArray value;
    for (const XmlPull::Attribute& attribute : reader.attributes()) {
        out += ' ';
        out += attribute.qualifiedName;
        out += "=\"";
        value.clear();
        XmlPull::decode(attribute.rawValue, value, true);
        appendXmlUtf8(out, value, true);
        out += '"';
    }
}

void TmxText::appendSegContent(QString& out, const QString& text)
{
    qsizetype done = 0;
    qsizetype at = text.indexOf(u'<');
    while (at >= 0) {
        const QStringView name = tagName(text, at);
        if (text[qMin(at + 1, text.size() - 1)] != u'/' && isInlineElement(name)) {
            const qsizetype end = elementEnd(text, at);
            if (end > at && readsBackSame(QStringView(text).mid(at, end - at))) {
                appendEscaped(out, QStringView(text).mid(done, at - done));
                out += QStringView(text).mid(at, end - at);
                done = end;
                at = text.indexOf(u'<', end);
                continue;
            }
        }
        at = text.indexOf(u'<', at + 1);
    }
    appendEscaped(out, QStringView(text).mid(done));
}

namespace {

// readSegContent from the token `first` on, which the reader has just read.
bool readSegTokens(XmlPull& reader, XmlPull::Token first, QByteArray& out)
{
    int depth = 0;        // open elements inside the <seg>
    bool pending = false; // a start tag whose '>' is not written yet
    QByteArray text;
    for (Token token = first;; token = reader.next()) {
        switch (token) {
        case Token::StartElement:
            if (pending)
                out += '>';
            TmxText::appendStartTag(out, reader);
            pending = true;
            ++depth;
            break;
        case Token::EndElement:
            if (depth == 0)
                return true;
            if (pending) {
                out += "/>";
                pending = false;
            } else {
                out += "</";
                out += reader.qualifiedName();
                out += '>';
            }
            --depth;
            break;
        case Token::Characters:
            if (pending) {
                out += '>';
                pending = false;
            }
            if (depth == 0) {
                reader.appendText(out);
            } else {
                text.clear();
                reader.appendText(text);
                appendXmlUtf8(out, text, false);
            }
            break;
        case Token::Invalid:
        case Token::EndDocument:
            return false;
        default:
            break; // comments and processing instructions are no text
        }
    }
}

} // namespace

bool TmxText::readSegContent(XmlPull& reader, QByteArray& out)
{
    return readSegTokens(reader, reader.next(), out);
}

bool TmxText::readSegContent(XmlPull& reader, QByteArray& buffer, QString& text)
{
    // Most segments are one run of text without references or inline elements: that run becomes the
    // QString straight from the file's bytes, with no copy into the buffer first.
    buffer.clear();
    Token token = reader.next();
    if (token == Token::Characters && reader.isPlainText()) {
        const QByteArrayView plain = reader.body();
        token = reader.next();
        if (token == Token::EndElement) {
            text = XmlPull::toString(plain);
            return true;
        }
        buffer.append(plain);
    }
    if (!readSegTokens(reader, token, buffer))
        return false;
    text = XmlPull::toString(buffer);
    return true;
}

} // namespace tessera::formats
