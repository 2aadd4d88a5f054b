// XcstringsStreamWriter: every language of a String Catalog written in one pass, entry by entry.
#include "XcstringsStreamWriter.h"

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

#include "ByteOutput.h"
#include "JsonEdit.h"
#include "JsonEntryVisitor.h"
#include "JsonWalk.h"
#include "XcstringsEntry.h"

namespace tessera::formats {

using domain::Error;
using domain::ErrorCode;
using domain::Result;
using domain::Segment;

namespace {

// What a string literal of the file (quotes included) has of what decides the style's \u escapes:
// raw non-ASCII characters, escapes of non-ASCII characters, upper-case hex digits in escapes.
struct XcStyleMarks {
    bool nonAscii = false;
    bool highEscape = false;
    bool upperHex = false;

    XcStyleMarks& operator|=(const XcStyleMarks& other)
    {
        nonAscii |= other.nonAscii;
        highEscape |= other.highEscape;
        upperHex |= other.upperHex;
        return *this;
    }
};

XcStyleMarks xcStyleMarks(const QByteArray& data, qsizetype begin, qsizetype end)
{
    XcStyleMarks marks;
    for (qsizetype i = begin + 1; i < end - 1; ++i) {
        const quint8 c = quint8(data[i]);
        if (c >= 0x80) {
            marks.nonAscii = true;
            continue;
        }
        if (c != '\\')
            continue;
        if (data[i + 1] != 'u' || i + 6 > end) {
            ++i;
            continue;
        }
        int unit = 0;
        for (qsizetype k = i + 2; k < i + 6; ++k) {
            const char h = data[k];
            if (h >= 'A' && h <= 'F')
                marks.upperHex = true;
            unit = unit * 16 + (h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10);
        }
        if (unit >= 0x80)
            marks.highEscape = true;
        i += 5;
    }
    return marks;
}

// The first walk: whether the file is a catalog this writer can write (valid JSON, an object with
// a "sourceLanguage" string and a "strings" object, no name twice in an object), its source
// language, and whether its style stays the same as the languages are written in.
class XcCatalogCheck final : public JsonWalkVisitor {
public:
    explicit XcCatalogCheck(const QByteArray& data)
        : m_data(data)
    {}

    bool catalog() const { return m_root && m_strings && m_hasSource && !m_repeated; }
    const QString& sourceLanguage() const { return m_sourceLanguage; }

    // Whether the style that JsonScanner finds in the file can change when string values named
    // "state" or "value" (those the writer replaces) change: the chain of writePair calls scans the
    // file anew for each language, so its \u escapes would follow. Inserted text never changes it:
    // it is written in the style.
    bool styleMayChange() const
    {
        if (m_all.upperHex && !m_kept.upperHex)
            return true;
        if (!m_all.highEscape)
            return false; // escapeNonAscii stays false
        return m_all.nonAscii ? !m_kept.nonAscii : !m_kept.highEscape;
    }

    bool scalar(const JsonWalkValue& value) override
    {
        if (value.depth == 0)
            return false; // no object
        member(value);
        if (value.kind != JsonNode::Kind::String)
            return true;
        const XcStyleMarks marks = xcStyleMarks(m_data, value.begin, value.end);
        m_all |= marks;
        if (value.name != QLatin1StringView("state") && value.name != QLatin1StringView("value"))
            m_kept |= marks;
        if (value.depth == 1 && value.name == QLatin1StringView("sourceLanguage")) {
            m_hasSource = true;
            m_sourceLanguage = JsonWalk::text(m_data, value.begin, value.end);
        }
        return true;
    }

    bool open(const JsonWalkValue& value) override
    {
        if (value.depth == 0) {
            if (value.kind != JsonNode::Kind::Object)
                return false;
            m_root = true;
        } else {
            member(value);
        }
        if (value.depth == 1 && value.kind == JsonNode::Kind::Object && value.name == QLatin1StringView("strings"))
            m_strings = true;
        if (m_names.size() <= size_t(value.depth))
            m_names.resize(size_t(value.depth) + 1);
        m_names[size_t(value.depth)].clear();
        ++m_open;
        return true;
    }

    bool close(qsizetype, qsizetype) override
    {
        std::vector<JsonHash>& names = m_names[--m_open];
        std::sort(names.begin(), names.end());
        if (std::adjacent_find(names.begin(), names.end()) != names.end()) {
            m_repeated = true;
            return false;
        }
        return true;
    }

private:
    // A value's member name, noted in its object's names and style marks.
    void member(const JsonWalkValue& value)
    {
        if (value.keyBegin < 0)
            return;
        const XcStyleMarks marks = xcStyleMarks(m_data, value.keyBegin, value.keyEnd);
        m_kept |= marks;
        m_all |= marks;
        m_names[m_open - 1].push_back(JsonHash::of(value.name));
    }

    const QByteArray& m_data;
    std::vector<std::vector<JsonHash>> m_names; // by depth: the names of the open objects so far
    size_t m_open = 0;                          // objects and arrays open
    XcStyleMarks m_all;                         // of every string literal
    XcStyleMarks m_kept;                        // of those the writer never replaces
    QString m_sourceLanguage;
    bool m_root = false;
    bool m_strings = false;
    bool m_hasSource = false;
    bool m_repeated = false;
};

// The second walk: copies the file to the output, each entry of "strings" edited for every language.
class XcCatalogCopy final : public JsonWalkVisitor {
public:
    XcCatalogCopy(const QByteArray& data, const QString& fileName, const QString& sourceLanguage,
                  const JsonStyle& style, const QList<LanguageSegments>& languages, ByteOutput& out)
        : m_data(data)
        , m_fileName(fileName)
        , m_sourceLanguage(sourceLanguage)
        , m_style(style)
        , m_languages(languages)
        , m_out(out)
    {}

    std::optional<Error> error;

    void finish() { m_out.append(QByteArrayView(m_data).sliced(m_copied)); }

    bool scalar(const JsonWalkValue&) override { return !m_out.failed(); }

    bool open(const JsonWalkValue& value) override
    {
        ++m_open;
        if (value.depth == 1 && value.kind == JsonNode::Kind::Object && value.name == QLatin1StringView("strings"))
            m_inStrings = true;
        else if (m_inStrings && value.depth == 2 && value.kind == JsonNode::Kind::Object) {
            m_entryBegin = value.begin;
            m_entryKey = value.name;
        }
        return !m_out.failed();
    }

    bool close(qsizetype, qsizetype end) override
    {
        --m_open;
        if (m_entryBegin >= 0 && m_open == 2) {
            const qsizetype begin = std::exchange(m_entryBegin, -1);
            return entry(begin, end);
        }
        if (m_open == 1)
            m_inStrings = false;
        return !m_out.failed();
    }

private:
    bool entry(qsizetype begin, qsizetype end);
    // The text of the entry at `begin` in the file scanned into `into`, in the file's style.
    bool scanEntry(const QByteArray& text, qsizetype begin, std::optional<JsonScan>& into);

    const QByteArray& m_data;
    const QString& m_fileName;
    const QString& m_sourceLanguage;
    const JsonStyle& m_style;
    const QList<LanguageSegments>& m_languages;
    ByteOutput& m_out;
    qsizetype m_copied = 0;
    int m_open = 0; // containers open
    bool m_inStrings = false;
    qsizetype m_entryBegin = -1;
    QString m_entryKey;
};

// The entry [begin, end) edited for each language in turn, as the chain of writePair calls edits
// it: scanned alone, after the indentation of its line (which JsonEdit lays out new lines by), in
// the style of the whole file, at its depth in the file (2); once edited, scanned again when another
// language follows, as the chain scans its whole output again.
bool XcCatalogCopy::entry(qsizetype begin, qsizetype end)
{
    constexpr int entryDepth = 2;
    QByteArray indent;
    QByteArray text;
    std::optional<JsonScan> scan;
    for (qsizetype i = 0; i < m_languages.size(); ++i) {
        const LanguageSegments& language = m_languages[i];
        if (language.language.isEmpty())
            continue;
        auto found = language.segments->find(m_entryKey);
        if (!found) {
            error = found.error();
            return false;
        }
        const Segment* segment = *found;
        if (!segment || segment->flags.testFlag(domain::SegmentFlag::Obsolete))
            continue;
        if (text.isEmpty()) {
            indent = JsonEdit::lineIndent(m_data, begin);
            text = indent + m_data.sliced(begin, end - begin);
        }
        if (!scan && !scanEntry(text, begin, scan))
            return false;
        JsonEdit edit(text, *scan);
        XcstringsEntry::writeSegment(edit, *scan, m_sourceLanguage, 0, entryDepth, *segment, language.language);
        if (edit.isEmpty())
            continue;
        QByteArray edited = edit.result();
        text = std::move(edited);
        scan.reset();
        if (i + 1 < m_languages.size() && !scanEntry(text, begin, scan))
            return false;
    }
    if (text.isEmpty())
        return !m_out.failed(); // copied with what follows
    m_out.append(QByteArrayView(m_data).sliced(m_copied, begin - m_copied));
    m_out.append(QByteArrayView(text).sliced(indent.size()));
    m_copied = end;
    return !m_out.failed();
}

bool XcCatalogCopy::scanEntry(const QByteArray& text, qsizetype begin, std::optional<JsonScan>& into)
{
    auto scanned = JsonScanner::scan(text, m_fileName);
    if (!scanned) {
        // Only a translation that JSON cannot hold (a lone surrogate, written as its \u escape) makes
        // an edited entry invalid. The chain's next language failed on it too (naming the place in
        // its own output); this names the entry in the original.
        int line = 0;
        int column = 0;
        JsonScanner::position(m_data, begin, line, column);
        error = Error{ErrorCode::InvalidInput,
                      QStringLiteral("the translations of \"%1\" do not make valid JSON: %2")
                          .arg(m_entryKey, scanned.error().message),
                      m_fileName,
                      line,
                      column,
                      {}};
        return false;
    }
    into = std::move(*scanned);
    into->style = m_style;
    return true;
}

} // namespace

Result<bool> XcstringsStreamWriter::write(const QByteArray& original, const QString& fileName,
                                          const QList<LanguageSegments>& languages, ByteOutput& out)
{
    JsonStyle style;
    QString sourceLanguage;
    {
        XcCatalogCheck check(original);
        if (JsonWalk::run(original, check, &style) != JsonWalk::Outcome::Done || !check.catalog() ||
            check.styleMayChange())
            return false;
        sourceLanguage = check.sourceLanguage();
    }
    XcCatalogCopy copy(original, fileName, sourceLanguage, style, languages, out);
    const JsonWalk::Outcome walked = JsonWalk::run(original, copy);
    if (copy.error)
        return std::unexpected(*copy.error);
    if (walked == JsonWalk::Outcome::Invalid)
        return domain::fail(ErrorCode::Internal, QStringLiteral("%1 changed while written").arg(fileName));
    if (!out.failed())
        copy.finish();
    return true;
}

} // namespace tessera::formats
