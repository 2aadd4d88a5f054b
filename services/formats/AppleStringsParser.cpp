// AppleStringsParser: decodes an Apple .strings file and scans its entries with exact ranges.
#include "AppleStringsParser.h"

#include "Utf8.h"

#include <QSet>
#include <QStringDecoder>
#include <QStringEncoder>

namespace tessera::formats {

using domain::Error;
using domain::ErrorCode;
using domain::Result;

namespace {

// Byte offset of the first invalid UTF-8 sequence, -1 if none.
qsizetype invalidUtf8(const QByteArray& data, qsizetype from)
{
    for (qsizetype i = from; i < data.size();) {
        const int length = Utf8::sequenceLength(data, i);
        if (length == 0)
            return i;
        i += length;
    }
    return -1;
}

bool unquotedChar(QChar c)
{
    // old-style property list unquoted strings
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.') || c == QLatin1Char('$') ||
           c == QLatin1Char(':') || c == QLatin1Char('/') || c == QLatin1Char('-');
}

class Scanner {
public:
    Scanner(const QString& text, const QString& fileName, const AppleStringsParser::EntryHandler& each)
        : m_text(text)
        , m_fileName(fileName)
        , m_each(each)
    {}

    Result<void> run();

private:
    std::unexpected<Error> error(qsizetype offset, const QString& message) const
    {
        int line = 1;
        qsizetype lineStart = 0;
        for (qsizetype i = 0; i < offset && i < m_text.size(); ++i) {
            if (m_text[i] == QLatin1Char('\n')) {
                ++line;
                lineStart = i + 1;
            }
        }
        return std::unexpected(Error{ErrorCode::InvalidInput,
                                     message,
                                     m_fileName,
                                     line,
                                     int(std::min(offset, m_text.size()) - lineStart) + 1,
                                     {}});
    }

    int lineOf(qsizetype offset)
    {
        while (m_linePos < offset) {
            if (m_text[m_linePos] == QLatin1Char('\n'))
                ++m_line;
            ++m_linePos;
        }
        return m_line;
    }

    Result<void> skip();
    Result<QString> token(qsizetype& begin);
    Result<QString> quoted();

    const QString& m_text;
    const QString& m_fileName;
    const AppleStringsParser::EntryHandler& m_each;
    qsizetype m_pos = 0;
    QString m_comment;
    qsizetype m_commentEnd = -1;
    qsizetype m_linePos = 0;
    int m_line = 1;
};

// Skips white space and comments, remembering the last comment.
Result<void> Scanner::skip()
{
    while (m_pos < m_text.size()) {
        const QChar c = m_text[m_pos];
        if (c.isSpace()) {
            ++m_pos;
            continue;
        }
        if (c == QLatin1Char('/') && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == QLatin1Char('*')) {
            const qsizetype end = m_text.indexOf(QLatin1StringView("*/"), m_pos + 2);
            if (end < 0)
                return error(m_pos, QStringLiteral("unterminated comment"));
            m_comment = m_text.mid(m_pos + 2, end - m_pos - 2).trimmed();
            m_pos = end + 2;
            m_commentEnd = m_pos;
            continue;
        }
        if (c == QLatin1Char('/') && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == QLatin1Char('/')) {
            qsizetype end = m_text.indexOf(QLatin1Char('\n'), m_pos);
            if (end < 0)
                end = m_text.size();
            m_comment = m_text.mid(m_pos + 2, end - m_pos - 2).trimmed();
            m_pos = end;
            m_commentEnd = m_pos;
            continue;
        }
        break;
    }
    return {};
}

Result<QString> Scanner::quoted()
{
    const qsizetype start = m_pos;
    ++m_pos;
    QString out;
    while (true) {
        if (m_pos >= m_text.size())
            return error(start, QStringLiteral("unterminated string"));
        const QChar c = m_text[m_pos];
        if (c == QLatin1Char('"')) {
            ++m_pos;
            return out;
        }
        if (c != QLatin1Char('\\')) {
            out += c;
            ++m_pos;
            continue;
        }
        const qsizetype escape = m_pos;
        if (++m_pos >= m_text.size())
            return error(start, QStringLiteral("unterminated string"));
        const QChar e = m_text[m_pos++];
        switch (e.unicode()) {
        case 'n':
            out += QLatin1Char('\n');
            break;
        case 't':
            out += QLatin1Char('\t');
            break;
        case 'r':
            out += QLatin1Char('\r');
            break;
        case 'a':
            out += QChar(0x07);
            break;
        case 'b':
            out += QChar(0x08);
            break;
        case 'f':
            out += QChar(0x0C);
            break;
        case 'v':
            out += QChar(0x0B);
            break;
        case 'U':
        case 'u': {
            // Up to four hex digits, as Core Foundation and GNUstep read them ("k\u0f6nnen": ö, then n).
            uint unit = 0;
            int digits = 0;
            for (; digits < 4 && m_pos < m_text.size(); ++digits, ++m_pos) {
                const char16_t hex = m_text[m_pos].unicode();
                const int digit = hex >= '0' && hex <= '9'   ? hex - '0'
                                  : hex >= 'a' && hex <= 'f' ? hex - 'a' + 10
                                  : hex >= 'A' && hex <= 'F' ? hex - 'A' + 10
                                                             : -1;
                if (digit < 0)
                    break;
                unit = unit * 16 + uint(digit);
            }
            if (digits == 0)
                return error(escape, QStringLiteral("\\U must be followed by one to four hex digits"));
            out += QChar(char16_t(unit));
            break;
        }
        default:
            if (e >= QLatin1Char('0') && e <= QLatin1Char('7')) {
                // up to three octal digits
                uint value = uint(e.unicode() - '0');
                for (int i = 0; i < 2 && m_pos < m_text.size() && m_text[m_pos] >= QLatin1Char('0') &&
                                m_text[m_pos] <= QLatin1Char('7');
                     ++i)
                    value = value * 8 + uint(m_text[m_pos++].unicode() - '0');
                out += QChar(char16_t(value));
            } else {
                out += e; // \" \\ \' and any other character stand for themselves
            }
        }
    }
}

Result<QString> Scanner::token(qsizetype& begin)
{
    begin = m_pos;
    if (m_pos >= m_text.size())
        return error(m_pos, QStringLiteral("unexpected end of file, a string was expected"));
    if (m_text[m_pos] == QLatin1Char('"'))
        return quoted();
    if (!unquotedChar(m_text[m_pos]))
        return error(m_pos, QStringLiteral("unexpected character '%1', a string was expected").arg(m_text[m_pos]));
    while (m_pos < m_text.size() && unquotedChar(m_text[m_pos]))
        ++m_pos;
    return m_text.mid(begin, m_pos - begin);
}

Result<void> Scanner::run()
{
    QSet<QString> keys;
    while (true) {
        m_comment.clear();
        if (auto ok = skip(); !ok)
            return ok;
        if (m_pos >= m_text.size())
            return {};
        AppleStringsEntry entry;
        // a comment belongs to the entry when at most one line end separates them
        if (m_commentEnd >= 0 && m_text.mid(m_commentEnd, m_pos - m_commentEnd).count(QLatin1Char('\n')) <= 1)
            entry.comment = m_comment;
        qsizetype keyBegin = 0;
        auto key = token(keyBegin);
        if (!key)
            return std::unexpected(key.error());
        entry.key = *key;
        entry.line = lineOf(keyBegin);
        const qsizetype keyEnd = m_pos;
        if (keys.contains(entry.key))
            return error(keyBegin, QStringLiteral("duplicate key \"%1\"").arg(entry.key));
        keys.insert(entry.key);
        if (auto ok = skip(); !ok)
            return ok;
        if (m_pos < m_text.size() && m_text[m_pos] == QLatin1Char(';')) {
            entry.hasValue = false;
            entry.value = entry.key;
            entry.valueBegin = keyBegin;
            entry.valueEnd = keyEnd;
        } else {
            if (m_pos >= m_text.size() || m_text[m_pos] != QLatin1Char('='))
                return error(m_pos, QStringLiteral("'=' or ';' was expected after the key"));
            ++m_pos;
            if (auto ok = skip(); !ok)
                return ok;
            auto value = token(entry.valueBegin);
            if (!value)
                return std::unexpected(value.error());
            entry.value = *value;
            entry.valueEnd = m_pos;
            m_comment.clear();
            if (auto ok = skip(); !ok)
                return ok;
            if (m_pos >= m_text.size() || m_text[m_pos] != QLatin1Char(';'))
                return error(m_pos, QStringLiteral("';' was expected after the value"));
        }
        ++m_pos;
        m_commentEnd = -1;
        if (auto taken = m_each(std::move(entry)); !taken)
            return taken;
    }
}

} // namespace

Result<AppleStringsFile> AppleStringsParser::parse(const QByteArray& data, const QString& fileName)
{
    auto file = decode(data, fileName);
    if (!file)
        return file;
    const EntryHandler append = [&](AppleStringsEntry&& entry) -> Result<void> {
        file->entries.append(std::move(entry));
        return {};
    };
    if (auto scanned = scan(file->text, fileName, append); !scanned)
        return std::unexpected(scanned.error());
    return file;
}

Result<void> AppleStringsParser::scan(const QString& text, const QString& fileName, const EntryHandler& each)
{
    return Scanner(text, fileName, each).run();
}

Result<AppleStringsFile> AppleStringsParser::decode(const QByteArray& data, const QString& fileName)
{
    AppleStringsFile file;
    qsizetype start = 0;
    if (data.startsWith("\xFF\xFE")) {
        file.encoding = AppleStringsFile::Encoding::Utf16LE;
        file.bom = true;
        start = 2;
    } else if (data.startsWith("\xFE\xFF")) {
        file.encoding = AppleStringsFile::Encoding::Utf16BE;
        file.bom = true;
        start = 2;
    } else if (data.startsWith("\xEF\xBB\xBF")) {
        file.bom = true;
        start = 3;
    } else if (data.size() >= 2 && data[0] != 0 && data[1] == 0) {
        file.encoding = AppleStringsFile::Encoding::Utf16LE;
    } else if (data.size() >= 2 && data[0] == 0 && data[1] != 0) {
        file.encoding = AppleStringsFile::Encoding::Utf16BE;
    }
    if (file.encoding == AppleStringsFile::Encoding::Utf8) {
        const qsizetype bad = invalidUtf8(data, start);
        if (bad >= 0) {
            const QByteArray before = data.mid(start, bad - start);
            const int line = int(before.count('\n')) + 1;
            const qsizetype lineStart = before.lastIndexOf('\n') + 1;
            const int column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
            return std::unexpected(Error{ErrorCode::InvalidInput,
                                         QStringLiteral("invalid UTF-8 (a .strings file is UTF-8 or UTF-16)"),
                                         fileName,
                                         line,
                                         column,
                                         {}});
        }
        file.text = QString::fromUtf8(data.constData() + start, data.size() - start);
    } else {
        if ((data.size() - start) % 2 != 0)
            return std::unexpected(Error{ErrorCode::InvalidInput,
                                         QStringLiteral("a UTF-16 file must have an even number of bytes"),
                                         fileName,
                                         1,
                                         1,
                                         {}});
        const bool le = file.encoding == AppleStringsFile::Encoding::Utf16LE;
        file.text.resize((data.size() - start) / 2);
        for (qsizetype i = 0; i < file.text.size(); ++i) {
            const quint8 a = quint8(data[start + 2 * i]);
            const quint8 b = quint8(data[start + 2 * i + 1]);
            file.text[i] = QChar(char16_t(le ? (b << 8 | a) : (a << 8 | b)));
        }
    }
    return file;
}

QByteArray AppleStringsParser::encode(const AppleStringsFile& file, const QString& text)
{
    QByteArray out = byteOrderMark(file);
    out += encode(file.encoding, text);
    return out;
}

QByteArray AppleStringsParser::byteOrderMark(const AppleStringsFile& file)
{
    if (!file.bom)
        return {};
    switch (file.encoding) {
    case AppleStringsFile::Encoding::Utf8:
        return "\xEF\xBB\xBF";
    case AppleStringsFile::Encoding::Utf16LE:
        return "\xFF\xFE";
    case AppleStringsFile::Encoding::Utf16BE:
        return "\xFE\xFF";
    }
    return {};
}

QByteArray AppleStringsParser::encode(AppleStringsFile::Encoding encoding, QStringView text)
{
    // Lone surrogates cannot be UTF-8; the file had none, and edits are checked by the caller.
    if (encoding == AppleStringsFile::Encoding::Utf8)
        return text.toUtf8();
    const bool le = encoding == AppleStringsFile::Encoding::Utf16LE;
    QByteArray out;
    out.reserve(text.size() * 2);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (le) {
            out += char(u & 0xFF);
            out += char(u >> 8);
        } else {
            out += char(u >> 8);
            out += char(u & 0xFF);
        }
    }
    return out;
}

QString AppleStringsParser::quote(const QString& text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1StringView("\\\"");
            break;
        case '\\':
            out += QLatin1StringView("\\\\");
            break;
        case '\n':
            out += QLatin1StringView("\\n");
            break;
        case '\t':
            out += QLatin1StringView("\\t");
            break;
        case '\r':
            out += QLatin1StringView("\\r");
            break;
        default:
            out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

} // namespace tessera::formats
