#include "XmlText.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringEncoder>

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

Result<QString> XmlText::decode(const QByteArray& data, const QString& fileName, const QString& format)
{
    const bool utf16 = isUtf16(data);
    if (auto declared = checkDeclaredEncoding(data, fileName, format); !declared)
        return std::unexpected(declared.error());
    const auto encoding = !utf16                        ? QStringDecoder::Utf8
                          : data.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE
                                                        : QStringDecoder::Utf16BE;
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError()) {
        const qsizetype bad = text.indexOf(QChar::ReplacementCharacter);
        const QString before = text.left(qMax<qsizetype>(bad, 0));
        const qsizetype newline = before.lastIndexOf(QLatin1Char('\n'));
        return std::unexpected(
            invalid(utf16 ? QStringLiteral("text is not valid UTF-16") : QStringLiteral("text is not valid UTF-8"),
                    fileName, before.count(QLatin1Char('\n')) + 1, before.size() - newline));
    }
    return text;
}

QByteArray XmlText::encodeLike(const QString& text, const QByteArray& original)
{
    QByteArray out;
    if (!isUtf16(original)) {
        out = text.toUtf8();
    } else {
        QStringEncoder encoder(original.startsWith("\xFF\xFE") ? QStringEncoder::Utf16LE : QStringEncoder::Utf16BE,
                               QStringEncoder::Flag::Stateless);
        out = encoder.encode(text);
    }
    // decode() drops the byte order mark: the file gets back the one it had.
    for (const QByteArrayView mark :
         {QByteArrayView("\xEF\xBB\xBF"), QByteArrayView("\xFF\xFE"), QByteArrayView("\xFE\xFF")}) {
        if (original.startsWith(mark)) {
            if (!out.startsWith(mark))
                out.prepend(mark);
            break;
        }
    }
    return out;
}

Result<QByteArray> XmlText::utf8(const QByteArray& data, const QString& fileName, const QString& format)
{
    if (!isUtf16(data)) {
        if (auto declared = checkDeclaredEncoding(data, fileName, format); !declared)
            return std::unexpected(declared.error());
        return data;
    }
    auto text = decode(data, fileName, format);
    if (!text)
        return std::unexpected(text.error());
    return text->toUtf8();
}

QByteArray XmlText::encodeUtf8Like(const QByteArray& text, const QByteArray& original)
{
    if (!isUtf16(original))
        return text;
    return encodeLike(XmlPull::toString(text), original);
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
