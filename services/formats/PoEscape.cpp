#include "PoEscape.h"

namespace tessera::formats {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

bool PoEscape::decode(QByteArrayView quoted, QByteArray& out, qsizetype& errorOffset, QString& message)
{
    out.clear();
    out.reserve(quoted.size());
    const qsizetype n = quoted.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = quoted[i];
        if (c != '\\') {
            out.append(c);
            continue;
        }
        if (i + 1 >= n) {
            errorOffset = i;
            message = QStringLiteral("backslash at the end of a string");
            return false;
        }
        const char e = quoted[++i];
        switch (e) {
        case 'n':
            out.append('\n');
            break;
        case 't':
            out.append('\t');
            break;
        case 'r':
            out.append('\r');
            break;
        case '"':
            out.append('"');
            break;
        case '\\':
            out.append('\\');
            break;
        case 'a':
            out.append('\a');
            break;
        case 'b':
            out.append('\b');
            break;
        case 'f':
            out.append('\f');
            break;
        case 'v':
            out.append('\v');
            break;
        case 'x': {
            int value = 0;
            int digits = 0;
            while (digits < 2 && i + 1 < n && hexValue(quoted[i + 1]) >= 0) {
                value = value * 16 + hexValue(quoted[++i]);
                ++digits;
            }
            if (digits == 0) {
                errorOffset = i - 1;
                message = QStringLiteral("\\x without hexadecimal digits");
                return false;
            }
            out.append(char(value));
            break;
        }
        default:
            if (e >= '0' && e <= '7') {
                int value = e - '0';
                int digits = 1;
                while (digits < 3 && i + 1 < n && quoted[i + 1] >= '0' && quoted[i + 1] <= '7') {
                    value = value * 8 + (quoted[++i] - '0');
                    ++digits;
                }
                if (value > 0xff) {
                    errorOffset = i - digits;
                    message = QStringLiteral("octal escape out of range");
                    return false;
                }
                out.append(char(value));
                break;
            }
            errorOffset = i - 1;
            message = QStringLiteral("invalid escape sequence \\%1").arg(QLatin1Char(e >= 0x20 && e < 0x7f ? e : '?'));
            return false;
        }
    }
    return true;
}

bool PoEscape::isEscaped(QChar c)
{
    switch (c.unicode()) {
    case '\a':
    case '\b':
    case '\f':
    case '\n':
    case '\r':
    case '\t':
    case '\v':
    case '\\':
    case '"':
        return true;
    default:
        return false;
    }
}

QString PoEscape::encode(QStringView text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\a':
            out += QLatin1StringView("\\a");
            break;
        case '\b':
            out += QLatin1StringView("\\b");
            break;
        case '\f':
            out += QLatin1StringView("\\f");
            break;
        case '\n':
            out += QLatin1StringView("\\n");
            break;
        case '\r':
            out += QLatin1StringView("\\r");
            break;
        case '\t':
            out += QLatin1StringView("\\t");
            break;
        case '\v':
            out += QLatin1StringView("\\v");
            break;
        case '\\':
            out += QLatin1StringView("\\\\");
            break;
        case '"':
            out += QLatin1StringView("\\\"");
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace tessera::formats
