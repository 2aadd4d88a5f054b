#include "PoParser.h"

#include <cstring>

#include "PoEscape.h"

namespace tessera::formats {

using domain::Error;
using domain::ErrorCode;
using domain::Result;

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

QByteArray trimmedComment(QByteArrayView text)
{
    // "#. text" → "text": drop the one space after the marker.
    if (!text.isEmpty() && text.front() == ' ')
        text = text.sliced(1);
    return text.toByteArray();
}

} // namespace

PoParser::PoParser(const QByteArray& data, const QString& fileName)
    : m_data(data)
    , m_fileName(fileName)
{
    if (m_data.startsWith("\xEF\xBB\xBF")) {
        m_bom = true;
        m_pos = 3;
    }
}

Error PoParser::error(int line, int column, const QString& message) const
{
    return Error{ErrorCode::InvalidInput, message, m_fileName, line, column, {}};
}

bool PoParser::readLine(Line& line)
{
    if (m_pos >= m_data.size())
        return false;
    line.begin = m_pos;
    qsizetype nl = m_data.indexOf('\n', m_pos);
    if (nl < 0) {
        line.end = m_data.size();
        line.next = m_data.size();
    } else {
        line.end = (nl > m_pos && m_data[nl - 1] == '\r') ? nl - 1 : nl;
        line.next = nl + 1;
    }
    line.number = ++m_lineNumber;
    m_pos = line.next;
    return true;
}

int PoParser::column(const Line& line, qsizetype offset) const
{
    // Characters, not bytes: UTF-8 continuation bytes do not start a column.
    int col = 1;
    for (qsizetype i = line.begin; i < offset && i < m_data.size(); ++i) {
        if ((uchar(m_data[i]) & 0xC0) != 0x80)
            ++col;
    }
    return col;
}

Result<QByteArray> PoParser::readString(const Line& line, qsizetype from) const
{
    qsizetype i = from;
    while (i < line.end && isBlank(m_data[i]))
        ++i;
    if (i >= line.end || m_data[i] != '"')
        return std::unexpected(error(line.number, column(line, i), QStringLiteral("expected a quoted string")));
    // Strings that follow each other on a line ("a, " "b") are joined, as gettext joins them.
    QByteArray out;
    while (i < line.end) {
        if (isBlank(m_data[i])) {
            ++i;
            continue;
        }
        if (m_data[i] != '"')
            return std::unexpected(
                error(line.number, column(line, i), QStringLiteral("unexpected text after the string")));
        const qsizetype open = i;
        ++i;
        while (i < line.end && m_data[i] != '"') {
            if (m_data[i] == '\\')
                ++i;
            ++i;
        }
        if (i >= line.end)
            return std::unexpected(error(line.number, column(line, open), QStringLiteral("unterminated string")));
        QByteArray piece;
        qsizetype errorOffset = 0;
        QString message;
        const QByteArrayView quoted(m_data.constData() + open + 1, i - open - 1);
        if (!PoEscape::decode(quoted, piece, errorOffset, message))
            return std::unexpected(error(line.number, column(line, open + 1 + errorOffset), message));
        out += piece;
        ++i;
    }
    return out;
}

void PoParser::resetPending()
{
    m_pending = PoEntry();
}

Result<bool> PoParser::next(PoEntry& entry)
{
    entry = PoEntry();
    m_phase = Phase::None;
    Line line;
    QByteArray* target = nullptr; // the string continuation lines append to

    while (true) {
        const qsizetype lineStart = m_pos;
        const int lineNumberBefore = m_lineNumber;
        if (!readLine(line))
            break;
        const auto pushBack = [&] {
            m_pos = lineStart;
            m_lineNumber = lineNumberBefore;
        };
        const char* d = m_data.constData();
        qsizetype i = line.begin;
        while (i < line.end && isBlank(d[i]))
            ++i;
        if (i == line.end) {
            if (m_phase == Phase::Str)
                break; // a blank line ends an entry
            continue;
        }
        const QByteArrayView rest(d + i, line.end - i);
        if (rest.front() != '#' && rest.front() != '"' && !(rest.front() >= 'a' && rest.front() <= 'z'))
            return std::unexpected(
                error(line.number, column(line, i), QStringLiteral("unexpected text: not a PO keyword or string")));
        if (const void* nul = memchr(d + line.begin, '\0', size_t(line.end - line.begin)))
            return std::unexpected(error(line.number, column(line, static_cast<const char*>(nul) - d),
                                         QStringLiteral("NUL byte: this is not a text file")));

        if (rest.front() == '#') {
            if (m_phase == Phase::Str) {
                pushBack();
                break;
            }
            if (m_phase != Phase::None)
                return std::unexpected(
                    error(line.number, column(line, i), QStringLiteral("comment inside an entry, before its msgstr")));
            const char kind = rest.size() > 1 ? rest[1] : ' ';
            const QByteArrayView text = rest.size() > 2 ? rest.sliced(2) : QByteArrayView();
            if (kind != '~' && m_pending.commentsBegin < 0)
                m_pending.commentsBegin = line.begin;
            switch (kind) {
            case '~':
                resetPending(); // an obsolete entry and the comments above it stay as they are
                break;
            case ',':
                if (m_pending.flagsBegin < 0 || (!m_pending.isFuzzy() && text.contains("fuzzy"))) {
                    m_pending.flagsBegin = line.begin;
                    m_pending.flagsEnd = line.end;
                }
                for (const QByteArray& flag : text.toByteArray().split(',')) {
                    const QByteArray f = flag.trimmed();
                    if (!f.isEmpty())
                        m_pending.flags.append(f);
                }
                break;
            case '.':
                m_pending.extractedComments.append(trimmedComment(text));
                break;
            case ':':
                for (const QByteArray& ref : text.toByteArray().simplified().split(' ')) {
                    if (!ref.isEmpty())
                        m_pending.references.append(ref);
                }
                break;
            case '|':
                if (m_pending.previousBegin < 0)
                    m_pending.previousBegin = line.begin;
                break;
            case '!':
                break; // "#!": kept in the file, not read (msgcat drops it)
            default:
                // A translator comment, read as gettext reads it: "#" and the text, less one space
                // after the "#" ("# text", "#text" and "#\ttext" are all comments).
                m_pending.translatorComments.append(
                    (kind == ' ' ? text : rest.sliced(std::min<qsizetype>(1, rest.size()))).toByteArray());
                m_pending.translatorCommentLines.append({line.begin, line.next});
                break;
            }
            continue;
        }

        if (rest.front() == '"') {
            if (!target)
                return std::unexpected(
                    error(line.number, column(line, i), QStringLiteral("string without a keyword before it")));
            auto s = readString(line, i);
            if (!s)
                return std::unexpected(s.error());
            target->append(*s);
            entry.lastLine = line.number;
            if (m_phase == Phase::Str)
                entry.msgstrEnd = line.end;
            continue;
        }

        qsizetype k = i;
        while (k < line.end && ((d[k] >= 'a' && d[k] <= 'z') || d[k] == '_'))
            ++k;
        const QByteArrayView keyword(d + i, k - i);
        const auto startEntry = [&] {
            entry = m_pending;
            entry.line = line.number;
            entry.keywordBegin = line.begin;
            resetPending();
        };

        if (keyword == "msgctxt" || keyword == "msgid") {
            if (m_phase == Phase::Str) {
                pushBack();
                break;
            }
            const bool context = keyword == "msgctxt";
            if (m_phase == Phase::None) {
                startEntry();
            } else if (context || m_phase != Phase::Context) {
                return std::unexpected(
                    error(line.number, column(line, i),
                          QStringLiteral("%1 before the msgstr of the entry above").arg(QString::fromLatin1(keyword))));
            }
            auto s = readString(line, k);
            if (!s)
                return std::unexpected(s.error());
            if (context) {
                entry.hasContext = true;
                entry.msgctxt = *s;
                target = &entry.msgctxt;
                m_phase = Phase::Context;
            } else {
                entry.msgid = *s;
                target = &entry.msgid;
                m_phase = Phase::Id;
            }
            entry.lastLine = line.number;
            continue;
        }
        if (keyword == "msgid_plural") {
            if (m_phase != Phase::Id)
                return std::unexpected(
                    error(line.number, column(line, i), QStringLiteral("msgid_plural without a msgid before it")));
            auto s = readString(line, k);
            if (!s)
                return std::unexpected(s.error());
            entry.plural = true;
            entry.msgidPlural = *s;
            target = &entry.msgidPlural;
            m_phase = Phase::IdPlural;
            entry.lastLine = line.number;
            continue;
        }
        if (keyword == "msgstr") {
            qsizetype after = k;
            int index = -1;
            if (after < line.end && d[after] == '[') {
                qsizetype j = after + 1;
                index = 0;
                while (j < line.end && d[j] >= '0' && d[j] <= '9' && index < 100000)
                    index = index * 10 + (d[j++] - '0');
                if (j == after + 1 || j >= line.end || d[j] != ']')
                    return std::unexpected(
                        error(line.number, column(line, after), QStringLiteral("malformed plural index")));
                after = j + 1;
            }
            if (m_phase == Phase::None || m_phase == Phase::Context)
                return std::unexpected(
                    error(line.number, column(line, i), QStringLiteral("msgstr without a msgid before it")));
            if (index < 0) {
                if (entry.plural)
                    return std::unexpected(error(line.number, column(line, i),
                                                 QStringLiteral("msgstr without [n] in an entry with msgid_plural")));
                if (m_phase == Phase::Str)
                    return std::unexpected(
                        error(line.number, column(line, i), QStringLiteral("second msgstr in one entry")));
            } else {
                if (!entry.plural)
                    return std::unexpected(
                        error(line.number, column(line, k),
                              QStringLiteral("msgstr[%1] in an entry without msgid_plural").arg(index)));
                if (index != entry.msgstr.size())
                    return std::unexpected(error(line.number, column(line, k),
                                                 QStringLiteral("msgstr[%1] out of order: expected msgstr[%2]")
                                                     .arg(index)
                                                     .arg(entry.msgstr.size())));
            }
            auto s = readString(line, after);
            if (!s)
                return std::unexpected(s.error());
            if (m_phase != Phase::Str) {
                entry.msgstrLine = line.number;
                entry.msgstrBegin = line.begin;
                entry.eol = line.next > line.end ? m_data.mid(line.end, line.next - line.end) : QByteArray("\n");
            }
            entry.msgstr.append(*s);
            entry.msgstrLines.append(line.number);
            target = &entry.msgstr.last();
            entry.msgstrEnd = line.end;
            entry.lastLine = line.number;
            m_phase = Phase::Str;
            continue;
        }
        return std::unexpected(error(line.number, column(line, i),
                                     keyword.isEmpty()
                                         ? QStringLiteral("unexpected text: not a PO keyword or string")
                                         : QStringLiteral("unknown keyword \"%1\"").arg(QString::fromUtf8(keyword))));
    }

    if (m_phase == Phase::Str)
        return true;
    if (m_phase != Phase::None) {
        // The file ends inside an entry: point just past its last character.
        return std::unexpected(
            error(line.number, column(line, line.end), QStringLiteral("file ends inside an entry that has no msgstr")));
    }
    return false;
}

} // namespace tessera::formats
