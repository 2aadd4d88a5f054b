#include "XmlText.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include "ByteOutput.h"
#include "XmlPull.h"

namespace tessera::formats {

using domain::Error;
using domain::ErrorCode;
using domain::Result;

namespace {

Error invalid(const QString& message, const QString& fileName, qint64 line, qint64 column)
{
    return Error{ErrorCode::InvalidInput, message, fileName, int(line), int(column), {}};
}

} // namespace

bool XmlText::isUtf16(const QByteArray& data)
{
    return data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF");
}

Result<void> XmlText::checkDeclaredEncoding(const QByteArray& data, const QString& fileName, const QString& format)
{
    if (isUtf16(data))
        return {};
    static const QRegularExpression encoding(QStringLiteral("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)[\"']"));
    const QByteArrayView head = QByteArrayView(data).sliced(data.startsWith("\xEF\xBB\xBF") ? 3 : 0);
    const auto match = encoding.match(QString::fromLatin1(head.first(qMin<qsizetype>(head.size(), 200))));
    if (match.hasMatch()) {
        const QString name = match.captured(1).toLower();
        if (name != QLatin1StringView("utf-8") && name != QLatin1StringView("utf8")) {
            return std::unexpected(invalid(QStringLiteral("unsupported encoding \"%1\": %2 files must be UTF-8 "
                                                          "or UTF-16 with a byte order mark")
                                               .arg(match.captured(1), format),
                                           fileName, 1, 1));
        }
    }
    return {};
}

Result<QByteArray> XmlText::utf8(const QByteArray& data, const QString& fileName, const QString& format)
{
    if (!isUtf16(data)) {
        if (auto declared = checkDeclaredEncoding(data, fileName, format); !declared)
            return std::unexpected(declared.error());
        return data;
    }
    // A megabyte at a time, never the whole file as a QString: each piece ends on a code unit that
    // completes a character, so each decodes alone. The byte order mark is dropped (writers put
    // it back); a U+FEFF that begins a later piece is text and stays. Qt's decoder lets a lone
    // surrogate through (it would be written back as U+FFFD): that is refused too.
    const bool littleEndian = data.startsWith("\xFF\xFE");
    QStringDecoder decoder(littleEndian ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    const QByteArrayView units = QByteArrayView(data).sliced(2);
    constexpr qsizetype piece = 1024 * 1024;
    QByteArray out;
    out.reserve(units.size() / 2 + units.size() / 16);
    qint64 line = 1;
    qsizetype column = 1; // of the piece's first unit
    for (qsizetype at = 0; at < units.size();) {
        qsizetype end = qMin(at + piece, units.size());
        if (end < units.size()) {
            const uchar high = uchar(littleEndian ? units[end - 1] : units[end - 2]);
            if (high >= 0xD8 && high <= 0xDB) // a high surrogate: its pair is in the next piece
                end -= 2;
        }
        const qsizetype whole = (end - at) & ~qsizetype(1); // a file cut inside its last unit has a byte over
        const QString text = decoder.decode(units.sliced(at, whole));
        qsizetype bad = decoder.hasError() ? qMax<qsizetype>(text.indexOf(QChar::ReplacementCharacter), 0)
                        : whole < end - at ? text.size()
                                           : -1;
        for (qsizetype i = 0; i < text.size() && bad < 0; ++i) {
            if (text[i].isLowSurrogate() ||
                (text[i].isHighSurrogate() && (i + 1 == text.size() || !text[i + 1].isLowSurrogate())))
                bad = i;
            else if (text[i].isHighSurrogate())
                ++i;
        }
        const QStringView before = QStringView(text).first(bad < 0 ? text.size() : bad);
        const qsizetype newline = before.lastIndexOf(QLatin1Char('\n'));
        line += before.count(QLatin1Char('\n'));
        column = newline < 0 ? column + before.size() : before.size() - newline;
        if (bad >= 0)
            return std::unexpected(invalid(QStringLiteral("text is not valid UTF-16"), fileName, line, column));
        out.append(text.toUtf8());
        at = end;
    }
    return out;
}

QByteArray XmlText::encodeUtf8Like(const QByteArray& text, const QByteArray& original)
{
    if (!isUtf16(original))
        return text;
    QByteArray bytes;
    ByteOutput out(bytes);
    out.writeUtf16Like(original);
    out.append(text);
    (void)out.finish({}); // a byte array takes every write
    return bytes;
}

QString XmlText::indentAt(const QString& text, qsizetype position)
{
    const qsizetype lineStart = text.lastIndexOf(QLatin1Char('\n'), position - 1) + 1;
    qsizetype end = lineStart;
    while (end < position && (text[end] == QLatin1Char(' ') || text[end] == QLatin1Char('\t')))
        ++end;
    return text.mid(lineStart, end - lineStart);
}

QString XmlText::indentAt(QByteArrayView text, qsizetype position)
{
    const qsizetype lineStart = text.first(position).lastIndexOf('\n') + 1;
    qsizetype end = lineStart;
    while (end < position && (text[end] == ' ' || text[end] == '\t'))
        ++end;
    return QString::fromLatin1(text.sliced(lineStart, end - lineStart));
}

std::pair<qsizetype, qsizetype> XmlText::removal(QByteArrayView text, qsizetype begin, qsizetype end)
{
    const auto blank = [](char c) { return c == ' ' || c == '\t'; };
    qsizetype lineBegin = begin;
    while (lineBegin > 0 && blank(text[lineBegin - 1]))
        --lineBegin;
    qsizetype lineEnd = end;
    while (lineEnd < text.size() && blank(text[lineEnd]))
        ++lineEnd;
    const bool alone = (lineBegin == 0 || text[lineBegin - 1] == '\n') &&
                       (lineEnd == text.size() || text[lineEnd] == '\n' || text[lineEnd] == '\r');
    if (!alone)
        return {begin, end};
    if (lineEnd < text.size() && text[lineEnd] == '\r')
        ++lineEnd;
    if (lineEnd < text.size() && text[lineEnd] == '\n')
        ++lineEnd;
    return {lineBegin, lineEnd};
}

QString XmlText::lineEnding(QByteArrayView text)
{
    const qsizetype newline = text.indexOf('\n');
    return newline > 0 && text.at(newline - 1) == '\r' ? QStringLiteral("\r\n") : QStringLiteral("\n");
}

QString XmlText::lineEnding(const QString& text)
{
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    return newline > 0 && text.at(newline - 1) == QLatin1Char('\r') ? QStringLiteral("\r\n") : QStringLiteral("\n");
}

QString XmlText::escape(const QString& text, bool quotes)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar ch : text) {
        switch (ch.unicode()) {
        case u'&':
            out += QStringLiteral("&amp;");
            break;
        case u'<':
            out += QStringLiteral("&lt;");
            break;
        case u'>':
            out += QStringLiteral("&gt;");
            break;
        case u'"':
            out += quotes ? QStringLiteral("&quot;") : QStringLiteral("\"");
            break;
        default:
            out += ch;
        }
    }
    return out;
}

} // namespace tessera::formats
