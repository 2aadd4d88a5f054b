#include "AndroidEscape.h"

namespace tessera::formats {

namespace {

bool isAsciiSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\n' || u == u'\r' || u == u'\f' || u == u'\v';
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// Escapes one character of character data; `first` for the first character of the text.
void escapeChar(QChar c, bool first, bool xml, QString& out)
{
    switch (c.unicode()) {
    case u'\\':
        out += QStringLiteral("\\\\");
        return;
    case u'"':
        out += QStringLiteral("\\\"");
        return;
    case u'\'':
        out += QStringLiteral("\\'");
        return;
    case u'\n':
        out += QStringLiteral("\\n");
        return;
    case u'\t':
        out += QStringLiteral("\\t");
        return;
    case u'@':
    case u'?':
        if (first)
            out += QLatin1Char('\\');
        out += c;
        return;
    case u'&':
        out += xml ? QStringLiteral("&amp;") : QStringLiteral("&");
        return;
    case u'<':
        out += xml ? QStringLiteral("&lt;") : QStringLiteral("<");
        return;
    case u'>':
        out += xml ? QStringLiteral("&gt;") : QStringLiteral(">");
        return;
    default:
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || (c.unicode() >= 0xfffe))
            out += QStringLiteral("\\u%1").arg(uint(c.unicode()), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
}

// A surrogate at `i`: a pair is copied (and `i` moved to its second half), a lone one, which XML
// cannot hold, written as \uXXXX. False for any other character.
bool surrogate(const QString& text, qsizetype& i, QString& out)
{
    const QChar c = text[i];
    if (!c.isSurrogate())
        return false;
    if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
        out += c;
        out += text[++i];
        return true;
    }
    out += QStringLiteral("\\u%1").arg(uint(c.unicode()), 4, 16, QLatin1Char('0'));
    return true;
}

// Spaces that aapt2 would collapse or trim: at either end or two in a row.
bool needsQuotes(const QString& characterData)
{
    return characterData.startsWith(QLatin1Char(' ')) || characterData.endsWith(QLatin1Char(' ')) ||
           characterData.contains(QStringLiteral("  "));
}

} // namespace

void AndroidTextDecoder::flushSpace()
{
    if (m_pendingSpace && !m_out.isEmpty())
        m_out += QLatin1Char(' ');
    m_pendingSpace = false;
}

void AndroidTextDecoder::verbatim(QStringView piece)
{
    if (piece.isEmpty())
        return;
    flushSpace();
    m_out += piece;
}

bool AndroidTextDecoder::text(QStringView piece)
{
    for (qsizetype i = 0; i < piece.size(); ++i) {
        const QChar c = piece[i];
        if (c == QLatin1Char('\\')) {
            if (i + 1 >= piece.size())
                break; // a backslash at the very end escapes nothing: aapt2 drops it
            const QChar n = piece[++i];
            flushSpace();
            switch (n.unicode()) {
            case u'n':
                m_out += QLatin1Char('\n');
                break;
            case u't':
                m_out += QLatin1Char('\t');
                break;
            case u'u': {
                int code = 0;
                for (int k = 1; k <= 4; ++k) {
                    const int digit = i + k < piece.size() ? hexValue(piece[i + k]) : -1;
                    if (digit < 0) {
                        m_error = QStringLiteral("bad escape \"\\u%1\": \\u needs four hex digits")
                                      .arg(piece.mid(i + 1, 4).toString());
                        return false;
                    }
                    code = code * 16 + digit;
                }
                i += 4;
                m_out += QChar(char16_t(code));
                break;
            }
            default:
                m_out += n; // \' \" \\ \@ \? and any other character stand for themselves
            }
        } else if (c == QLatin1Char('"')) {
            m_quoted = !m_quoted;
        } else if (!m_quoted && isAsciiSpace(c)) {
            m_pendingSpace = true;
        } else {
            flushSpace();
            m_out += c;
        }
    }
    return true;
}

bool AndroidEscape::decode(QStringView text, QString& out, QString& error)
{
    AndroidTextDecoder decoder;
    if (!decoder.text(text)) {
        error = decoder.error();
        return false;
    }
    out = decoder.finish();
    return true;
}

qsizetype AndroidEscape::markupLength(QStringView text, qsizetype at)
{
    const QStringView rest = text.mid(at);
    if (rest.startsWith(QLatin1Char('&'))) {
        const qsizetype semicolon = rest.indexOf(QLatin1Char(';'));
        if (semicolon < 2 || semicolon > 32)
            return 0;
        for (qsizetype i = 1; i < semicolon; ++i) {
            const QChar c = rest[i];
            if (!(c.isLetterOrNumber() || c == QLatin1Char('#') || c == QLatin1Char('_') || c == QLatin1Char('-') ||
                  c == QLatin1Char('.') || c == QLatin1Char(':')))
                return 0;
        }
        return semicolon + 1;
    }
    if (!rest.startsWith(QLatin1Char('<')))
        return 0;
    auto until = [&](QStringView end, qsizetype from) -> qsizetype {
        const qsizetype found = rest.indexOf(end, from);
        return found < 0 ? 0 : found + end.size();
    };
    if (rest.startsWith(QLatin1StringView("<![CDATA[")))
        return until(u"]]>", 9);
    if (rest.startsWith(QLatin1StringView("<!--")))
        return until(u"-->", 4);
    if (rest.size() < 2 || !(rest[1].isLetter() || rest[1] == QLatin1Char('/') || rest[1] == QLatin1Char('_')))
        return 0;
    QChar quote;
    for (qsizetype i = 1; i < rest.size(); ++i) {
        const QChar c = rest[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('>')) {
            return i + 1;
        } else if (c == QLatin1Char('<')) {
            return 0;
        }
    }
    return 0;
}

bool AndroidEscape::decodeMarkup(QStringView raw, QString& out, QString& error)
{
    AndroidTextDecoder decoder;
    qsizetype textStart = 0;
    qsizetype i = 0;
    while (i < raw.size()) {
        const qsizetype length = markupLength(raw, i);
        if (length == 0) {
            ++i;
            continue;
        }
        if (!decoder.text(raw.mid(textStart, i - textStart))) {
            error = decoder.error();
            return false;
        }
        decoder.verbatim(raw.mid(i, length));
        i += length;
        textStart = i;
    }
    if (!decoder.text(raw.mid(textStart))) {
        error = decoder.error();
        return false;
    }
    out = decoder.finish();
    return true;
}

QString AndroidEscape::encode(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!surrogate(text, i, out))
            escapeChar(text[i], i == 0, true, out);
    }
    return needsQuotes(text) ? QLatin1Char('"') + out + QLatin1Char('"') : out;
}

QString AndroidEscape::encodeMarkup(const QString& fragment)
{
    QString out;
    QString characterData;
    out.reserve(fragment.size() + 8);
    qsizetype i = 0;
    while (i < fragment.size()) {
        const qsizetype length = markupLength(fragment, i);
        if (length > 0) {
            out += QStringView(fragment).mid(i, length);
            characterData += QLatin1Char('x');
            i += length;
        } else if (surrogate(fragment, i, out)) {
            characterData += QLatin1Char('x');
            ++i;
        } else {
            // A stray & or < is no markup: escaped so that the file stays well-formed.
            const QChar c = fragment[i];
            escapeChar(c, i == 0, c == QLatin1Char('&') || c == QLatin1Char('<'), out);
            characterData += fragment[i];
            ++i;
        }
    }
    return needsQuotes(characterData) ? QLatin1Char('"') + out + QLatin1Char('"') : out;
}

QString AndroidEscape::encodeCdata(const QString& text)
{
    return QStringLiteral("<![CDATA[") +
           QString(text).replace(QStringLiteral("]]>"), QStringLiteral("]]]]><![CDATA[>")) + QStringLiteral("]]>");
}

} // namespace tessera::formats
