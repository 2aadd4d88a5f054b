#include "CsvParser.h"

#include <QStringDecoder>

namespace tessera::formats {

using domain::Error;
using domain::ErrorCode;
using domain::Result;

CsvParser::CsvParser(const QString& text, const QString& fileName, QChar delimiter)
    : m_text(text)
    , m_fileName(fileName)
    , m_delimiter(delimiter)
{}

Error CsvParser::error(int line, int column, const QString& message) const
{
    return Error{ErrorCode::InvalidInput, message, m_fileName, line, column, {}};
}

Result<QString> CsvParser::decode(const QByteArray& data, const QString& fileName)
{
    const bool utf16 = data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF");
    const auto encoding = !utf16                        ? QStringDecoder::Utf8
                          : data.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE
                                                        : QStringDecoder::Utf16BE;
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError()) {
        const qsizetype bad = qMax<qsizetype>(text.indexOf(QChar::ReplacementCharacter), 0);
        const QString before = text.left(bad);
        const qsizetype newline = before.lastIndexOf(QLatin1Char('\n'));
        return std::unexpected(
            Error{ErrorCode::InvalidInput,
                  utf16 ? QStringLiteral("text is not valid UTF-16") : QStringLiteral("text is not valid UTF-8"),
                  fileName,
                  int(before.count(QLatin1Char('\n')) + 1),
                  int(bad - newline),
                  {}});
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

QChar CsvParser::detectDelimiter(const QString& text)
{
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            break;
        else if (c == QLatin1Char(','))
            ++comma;
        else if (c == QLatin1Char(';'))
            ++semicolon;
        else if (c == QLatin1Char('\t'))
            ++tab;
    }
    if (tab > comma && tab >= semicolon)
        return QLatin1Char('\t');
    if (semicolon > comma)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

Result<bool> CsvParser::next(CsvRecord& record)
{
    record = CsvRecord{};
    const qsizetype size = m_text.size();
    auto atLineEnd = [&](qsizetype at) {
        return at < size && (m_text[at] == QLatin1Char('\n') || m_text[at] == QLatin1Char('\r'));
    };
    auto skipLineEnd = [&]() {
        if (m_text[m_pos] == QLatin1Char('\r') && m_pos + 1 < size && m_text[m_pos + 1] == QLatin1Char('\n'))
            ++m_pos;
        ++m_pos;
        ++m_line;
        m_lineStart = m_pos;
    };
    // Blank lines are no records.
    while (atLineEnd(m_pos))
        skipLineEnd();
    if (m_pos >= size)
        return false;
    record.line = m_line;
    while (true) {
        CsvCell cell;
        cell.line = m_line;
        cell.column = int(m_pos - m_lineStart + 1);
        if (m_pos < size && m_text[m_pos] == QLatin1Char('"')) {
            ++m_pos;
            while (true) {
                if (m_pos >= size)
                    return std::unexpected(error(cell.line, cell.column, QStringLiteral("unterminated quoted field")));
                const QChar c = m_text[m_pos];
                if (c == QLatin1Char('"')) {
                    if (m_pos + 1 < size && m_text[m_pos + 1] == QLatin1Char('"')) {
                        cell.text += c;
                        m_pos += 2;
                        continue;
                    }
                    ++m_pos;
                    break;
                }
                if (c == QLatin1Char('\n') ||
                    (c == QLatin1Char('\r') && !(m_pos + 1 < size && m_text[m_pos + 1] == QLatin1Char('\n')))) {
                    cell.text += QLatin1Char('\n');
                    ++m_pos;
                    ++m_line;
                    m_lineStart = m_pos;
                    continue;
                }
                if (c == QLatin1Char('\r')) { // CRLF inside quotes: kept as it was written
                    cell.text += QStringLiteral("\r\n");
                    m_pos += 2;
                    ++m_line;
                    m_lineStart = m_pos;
                    continue;
                }
                cell.text += c;
                ++m_pos;
            }
            if (m_pos < size && m_text[m_pos] != m_delimiter && !atLineEnd(m_pos)) {
                return std::unexpected(error(m_line, int(m_pos - m_lineStart + 1),
                                             QStringLiteral("unexpected \"%1\" after a closing quote (a quote inside "
                                                            "a quoted field must be doubled)")
                                                 .arg(m_text[m_pos])));
            }
        } else {
            const qsizetype start = m_pos;
            while (m_pos < size && m_text[m_pos] != m_delimiter && !atLineEnd(m_pos))
                ++m_pos;
            cell.text = m_text.mid(start, m_pos - start);
        }
        record.cells.append(std::move(cell));
        if (m_pos >= size)
            return true;
        if (m_text[m_pos] == m_delimiter) {
            ++m_pos;
            continue;
        }
        skipLineEnd();
        return true;
    }
}

} // namespace tessera::formats
