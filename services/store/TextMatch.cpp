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
            return findBytes(text, bytes);
        return matchString(QString::fromUtf8(text, bytes));
    }

    bool matchList(const char* json, int bytes) const
    {
        if (m_rawList && !std::memchr(json, '\\', std::size_t(bytes)))
            return findBytes(json, bytes);
        return matchString(TextMatch::joinedList(json, bytes));
    }

private:
    bool findBytes(const char* text, int bytes) const
    {
        const std::string_view haystack(text, std::size_t(bytes));
        if (m_utf8.empty())
            return true;
        if (m_mode & TextMatch::CaseSensitive)
            return haystack.find(m_utf8) != std::string_view::npos;
        const auto equal = [](char a, char b) { return asciiLower(a) == b; };
        return std::search(haystack.begin(), haystack.end(), m_utf8.begin(), m_utf8.end(), equal) != haystack.end();
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
    bool m_bytes = false;
    bool m_rawList = false;
};

template <bool list> void find(sqlite3_context* context, int /*argc*/, sqlite3_value** argv)
{
    if (sqlite3_value_type(argv[2]) == SQLITE_NULL || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_int(context, 0);
        return;
    }
    const auto* pattern = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const int patternBytes = sqlite3_value_bytes(argv[0]);
    const int mode = sqlite3_value_int(argv[1]);
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[2]));
    const int bytes = sqlite3_value_bytes(argv[2]);
    const auto match = [&](const Matcher& m) { return list ? m.matchList(text, bytes) : m.matchText(text, bytes); };

    if (const auto* kept = static_cast<const Matcher*>(sqlite3_get_auxdata(context, 0));
        kept && kept->mode() == mode && kept->sameText(pattern, patternBytes)) {
        sqlite3_result_int(context, match(*kept));
        return;
    }
    auto made = std::make_unique<Matcher>(pattern, patternBytes, mode);
    if (!made->isValid()) {
        const QByteArray message = ("invalid regular expression: " + made->errorString()).toUtf8();
        sqlite3_result_error(context, message.constData(), int(message.size()));
        return;
    }
    const int result = match(*made);
    // SQLite may drop the pattern at once (when it is not a constant); then the next row compiles again.
    sqlite3_set_auxdata(context, 0, made.release(), [](void* data) { delete static_cast<Matcher*>(data); });
    sqlite3_result_int(context, result);
}

} // namespace

void TextMatch::registerFunctions(sqlite3* db)
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    sqlite3_create_function_v2(db, "tessera_find", 3, flags, nullptr, find<false>, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(db, "tessera_find_list", 3, flags, nullptr, find<true>, nullptr, nullptr, nullptr);
}

QString TextMatch::joinedList(const char* json, int bytes)
{
    return json::toList(QString::fromUtf8(json, bytes)).join(QLatin1Char('\n'));
}

} // namespace tessera::store
