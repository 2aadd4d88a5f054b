#include "TextMatch.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string_view>

#include <QRegularExpression>

#include "Json.h"

namespace tessera::store {

namespace {

char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

// The longest run of characters every match of a regular expression must contain, so rows without it
// are skipped before their text is converted for the regex engine; empty when none is sure. Runs stop
// at anything that is not one literal character: classes, groups, anchors, escapes like \b, and
// characters JSON escapes (so a run can be looked for in the stored JSON too). Patterns with inline
// options, top-level alternatives or escapes this does not know give none.
QString requiredLiteral(const QString& pattern)
{
    QString best;
    QString run;
    const auto finish = [&] {
        if (run.size() > best.size())
            best = run;
        run.clear();
    };
    if (pattern.contains(QLatin1String("(?")))
        return {};
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        switch (c.unicode()) {
        case u'\\': {
            if (i + 1 >= pattern.size())
                return {};
            const QChar next = pattern.at(++i);
            if (!next.isLetterOrNumber()) {
                if (next == u'"' || next == u'\\')
                    finish();
                else
                    run += next;
                break;
            }
            if (!QStringLiteral("bBwWdDsShHvVRXAzZGKntrfea").contains(next))
                return {};
            finish();
            break;
        }
        case u'(': {
            finish();
            int depth = 1;
            while (++i < pattern.size() && depth > 0) {
                const QChar g = pattern.at(i);
                if (g == u'\\')
                    ++i;
                else if (g == u'(')
                    ++depth;
                else if (g == u')')
                    --depth;
            }
            --i;
            break;
        }
        case u'[': {
            finish();
            ++i;
            if (i < pattern.size() && pattern.at(i) == u'^')
                ++i;
            if (i < pattern.size() && pattern.at(i) == u']')
                ++i;
            while (i < pattern.size() && pattern.at(i) != u']') {
                if (pattern.at(i) == u'\\')
                    ++i;
                ++i;
            }
            break;
        }
        case u'|':
            return {};
        case u'*':
        case u'?':
        case u'{':
            run.chop(1); // the character before is optional or repeated apart from what follows
            finish();
            break;
        case u'+':
            finish(); // the character before stays, once at least
            break;
        case u'.':
        case u'^':
        case u'$':
        case u')':
        case u'"':
            finish();
            break;
        default:
            if (c.unicode() < 0x20)
                finish();
            else
                run += c;
        }
    }
    finish();
    return best.size() >= 2 ? best : QString();
}

// One compiled pattern, kept by SQLite beside the statement (sqlite3_set_auxdata) while the pattern
// argument stays the same, so a filter over 100k rows compiles it once.
class Matcher {
public:
    Matcher(const char* pattern, int bytes, int mode)
        : m_mode(mode)
        , m_pattern(pattern, std::size_t(bytes))
        , m_utf8(m_pattern)
        , m_text(QString::fromUtf8(pattern, bytes))
    {
        if (mode & TextMatch::Regex) {
            QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
            if (!(mode & TextMatch::CaseSensitive))
                options |= QRegularExpression::CaseInsensitiveOption;
            m_regex = QRegularExpression(m_text, options);
            m_regex.optimize();
            const QByteArray literal = requiredLiteral(m_text).toUtf8();
            if (mode & TextMatch::CaseSensitive) {
                m_prefilter = literal.toStdString();
            } else {
                std::string lowered = literal.toStdString();
                std::transform(lowered.begin(), lowered.end(), lowered.begin(), asciiLower);
                m_prefilter = longestAsciiRun(lowered);
            }
            return;
        }
        const bool ascii = std::all_of(m_utf8.begin(), m_utf8.end(), [](char c) { return (unsigned char)(c) < 0x80; });
        // Byte search on the stored UTF-8 is exact for any needle when case matters, and for ASCII
        // needles when it does not (no non-ASCII byte equals an ASCII one).
        m_bytes = (mode & TextMatch::CaseSensitive) || ascii;
        if (!(mode & TextMatch::CaseSensitive))
            std::transform(m_utf8.begin(), m_utf8.end(), m_utf8.begin(), asciiLower);
        // In a JSON list a needle can match raw bytes only if it has none of the characters JSON
        // escapes or uses as structure.
        m_rawList = m_bytes && m_utf8.find_first_of("\"\\[],") == std::string::npos &&
                    std::none_of(m_utf8.begin(), m_utf8.end(), [](char c) { return (unsigned char)(c) < 0x20; });
        if (!m_bytes)
            m_prefilter = longestAsciiRun(m_utf8);
    }

    int mode() const { return m_mode; }
    bool isValid() const { return !(m_mode & TextMatch::Regex) || m_regex.isValid(); }
    QString errorString() const { return m_regex.errorString(); }
    bool sameText(const char* pattern, int bytes) const
    {
        return std::string_view(pattern, std::size_t(bytes)) == m_pattern;
    }

    bool matchText(const char* text, int bytes) const
    {
        if (m_bytes)
            return findBytes(text, bytes, m_utf8);
        if (!m_prefilter.empty() && !findBytes(text, bytes, m_prefilter))
            return false;
        return matchString(QString::fromUtf8(text, bytes));
    }

    bool matchList(const char* json, int bytes) const
    {
        if (m_rawList && !std::memchr(json, '\\', std::size_t(bytes)))
            return findBytes(json, bytes, m_utf8);
        // The run has no character JSON escapes, so text that contains it has it in the raw JSON too.
        if (!m_prefilter.empty() && !findBytes(json, bytes, m_prefilter))
            return false;
        return matchString(TextMatch::joinedList(json, bytes));
    }

private:
    // The longest run of ASCII characters (lowered) that JSON writes as they are, when it has two or
    // more: a cheap test on the stored bytes before a row's text is decoded for a case-insensitive
    // search (a non-ASCII needle, a regex's required text). ASCII letters are taken to fold only to
    // ASCII letters.
    static std::string longestAsciiRun(const std::string& needle)
    {
        std::string best;
        std::string run;
        for (char c : needle + '\x01') {
            const auto u = (unsigned char)(c);
            if (u >= 0x20 && u < 0x80 && c != '"' && c != '\\') {
                run += c;
                continue;
            }
            if (run.size() > best.size())
                best = run;
            run.clear();
        }
        return best.size() >= 2 ? best : std::string();
    }

    bool findBytes(const char* text, int bytes, const std::string& needle) const
    {
        const std::string_view haystack(text, std::size_t(bytes));
        if (needle.empty())
            return true;
        if (m_mode & TextMatch::CaseSensitive)
            return haystack.find(needle) != std::string_view::npos;
        // Candidates are found by the needle's first letter in either case with memchr (each case's next
        // hit kept until it is passed), then compared ASCII-case-insensitively.
        if (haystack.size() < needle.size())
            return false;
        const char lower = needle.front();
        const char upper = (lower >= 'a' && lower <= 'z') ? char(lower - 'a' + 'A') : lower;
        const std::size_t end = haystack.size() - needle.size() + 1; // candidates start before this
        const auto next = [&](char c, std::size_t from) -> std::size_t {
            if (from >= end)
                return end;
            const void* hit = std::memchr(haystack.data() + from, c, end - from);
            return hit ? std::size_t(static_cast<const char*>(hit) - haystack.data()) : end;
        };
        std::size_t nextLower = next(lower, 0);
        std::size_t nextUpper = upper == lower ? end : next(upper, 0);
        while (nextLower < end || nextUpper < end) {
            const std::size_t at = std::min(nextLower, nextUpper);
            std::size_t k = 1;
            while (k < needle.size() && asciiLower(haystack[at + k]) == needle[k])
                ++k;
            if (k == needle.size())
                return true;
            if (at == nextLower)
                nextLower = next(lower, at + 1);
            if (at == nextUpper)
                nextUpper = next(upper, at + 1);
        }
        return false;
    }

    bool matchString(const QString& text) const
    {
        if (m_mode & TextMatch::Regex)
            return m_regex.matchView(text).hasMatch();
        return text.contains(m_text, (m_mode & TextMatch::CaseSensitive) ? Qt::CaseSensitive : Qt::CaseInsensitive);
    }

    int m_mode;
    std::string m_pattern;
    std::string m_utf8; // ASCII-lowered unless case matters
    QString m_text;
    QRegularExpression m_regex;
    std::string m_prefilter; // see longestAsciiRun; empty: none
    bool m_bytes = false;
    bool m_rawList = false;
};

// Calls `use` with the matcher for argv[0] (pattern) and argv[1] (mode): the one kept beside the
// statement, or a new one, kept for the next row when SQLite allows.
template <typename F> void withMatcher(sqlite3_context* context, sqlite3_value** argv, F&& use)
{
    const auto* pattern = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const int patternBytes = sqlite3_value_bytes(argv[0]);
    const int mode = sqlite3_value_int(argv[1]);
    if (const auto* kept = static_cast<const Matcher*>(sqlite3_get_auxdata(context, 0));
        kept && kept->mode() == mode && kept->sameText(pattern, patternBytes)) {
        sqlite3_result_int(context, use(*kept));
        return;
    }
    auto made = std::make_unique<Matcher>(pattern, patternBytes, mode);
    if (!made->isValid()) {
        const QByteArray message = ("invalid regular expression: " + made->errorString()).toUtf8();
        sqlite3_result_error(context, message.constData(), int(message.size()));
        return;
    }
    const int result = use(*made);
    // SQLite may drop the pattern at once (when it is not a constant); then the next row compiles again.
    sqlite3_set_auxdata(context, 0, made.release(), [](void* data) { delete static_cast<Matcher*>(data); });
    sqlite3_result_int(context, result);
}

bool isNull(sqlite3_value* value)
{
    return sqlite3_value_type(value) == SQLITE_NULL;
}

const char* text(sqlite3_value* value)
{
    return reinterpret_cast<const char*>(sqlite3_value_text(value));
}

// tessera_find(pattern, mode, text)
void find(sqlite3_context* context, int /*argc*/, sqlite3_value** argv)
{
    if (isNull(argv[0]) || isNull(argv[2])) {
        sqlite3_result_int(context, 0);
        return;
    }
    withMatcher(context, argv,
                [&](const Matcher& m) { return m.matchText(text(argv[2]), sqlite3_value_bytes(argv[2])); });
}

// tessera_find_segment(pattern, mode, source, source_plural, targets)
void findSegment(sqlite3_context* context, int /*argc*/, sqlite3_value** argv)
{
    if (isNull(argv[0])) {
        sqlite3_result_int(context, 0);
        return;
    }
    withMatcher(context, argv, [&](const Matcher& m) {
        return (!isNull(argv[2]) && m.matchText(text(argv[2]), sqlite3_value_bytes(argv[2]))) ||
               (!isNull(argv[3]) && m.matchText(text(argv[3]), sqlite3_value_bytes(argv[3]))) ||
               (!isNull(argv[4]) && m.matchList(text(argv[4]), sqlite3_value_bytes(argv[4])));
    });
}

} // namespace

void TextMatch::registerFunctions(sqlite3* db)
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    sqlite3_create_function_v2(db, "tessera_find", 3, flags, nullptr, find, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(db, "tessera_find_segment", 5, flags, nullptr, findSegment, nullptr, nullptr, nullptr);
}

QString TextMatch::joinedList(const char* json, int bytes)
{
    // Without a backslash nothing is escaped: ["a","b"] is cut apart on the bytes and converted once.
    const std::string_view raw(json, std::size_t(bytes));
    if (raw.find('\\') == std::string_view::npos && raw.size() >= 2 && raw.front() == '[' && raw.back() == ']') {
        QByteArray joined;
        joined.reserve(bytes);
        std::size_t at = 1;
        bool valid = true;
        while (at < raw.size() - 1) {
            if (raw[at] != '"') {
                valid = false;
                break;
            }
            const std::size_t end = raw.find('"', at + 1);
            if (end == std::string_view::npos) {
                valid = false;
                break;
            }
            if (at > 1)
                joined += '\n';
            joined.append(raw.data() + at + 1, qsizetype(end - at - 1));
            at = end + 1;
            if (at < raw.size() - 1 && raw[at] == ',')
                ++at;
        }
        if (valid)
            return QString::fromUtf8(joined);
    }
    return json::toList(QString::fromUtf8(json, bytes)).join(QLatin1Char('\n'));
}

} // namespace tessera::store
