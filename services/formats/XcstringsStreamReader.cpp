// XcstringsStreamReader: one language of a String Catalog read entry by entry into a sink.
#include "XcstringsStreamReader.h"

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

#include "JsonEntryVisitor.h"
#include "JsonScanner.h"
#include "JsonWalk.h"
#include "XcstringsEntry.h"
#include "text/PluralRules.h"

namespace tessera::formats {

using domain::Error;
using domain::Result;
using domain::Segment;

namespace {

// The walk: checks what the whole read checks (an object, no name twice in an object, a
// "sourceLanguage" string and a "strings" object) and hands each entry's segment over as its
// closing brace is met. The header goes out when "strings" opens, so "sourceLanguage" must come
// before it (as Xcode writes it, keys sorted); otherwise the walk stops and the file is read whole.
class XcCatalogReader final : public JsonWalkVisitor {
public:
    XcCatalogReader(const QByteArray& data, const QString& fileName, const QString& language, SegmentSink& sink)
        : m_data(data)
        , m_fileName(fileName)
        , m_language(language)
        , m_sink(sink)
    {}

    std::optional<Error> error; // the sink's
    bool begun = false;         // the header handed over
    bool broken = false;        // a name twice, or an entry the scanner refused

    bool scalar(const JsonWalkValue& value) override
    {
        if (value.depth == 0)
            return false; // no object: read whole
        member(value);
        if (value.depth == 1 && value.kind == JsonNode::Kind::String &&
            value.name == QLatin1StringView("sourceLanguage") && !m_hasSource) {
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
        } else {
            member(value);
        }
        if (value.depth == 1 && value.kind == JsonNode::Kind::Object && value.name == QLatin1StringView("strings")) {
            if (!m_hasSource || begun)
                return false; // read whole (a second "strings" is a name twice: the whole read says so)
            if (!begin())
                return false;
            m_inStrings = true;
        } else if (m_inStrings && value.depth == 2 && value.kind == JsonNode::Kind::Object) {
            m_entryBegin = value.begin;
            m_entryKey = value.name;
        }
        if (m_names.size() <= size_t(value.depth))
            m_names.resize(size_t(value.depth) + 1);
        m_names[size_t(value.depth)].clear();
        ++m_open;
        return true;
    }

    bool close(qsizetype, qsizetype end) override
    {
        std::vector<JsonHash>& names = m_names[--m_open];
        std::sort(names.begin(), names.end());
        if (std::adjacent_find(names.begin(), names.end()) != names.end()) {
            broken = true;
            return false;
        }
        if (m_open == 2 && m_entryBegin >= 0)
            return entry(std::exchange(m_entryBegin, -1), end);
        if (m_open == 1) {
            m_inStrings = false;
            std::vector<JsonHash>().swap(names); // the entries' names
        }
        return true;
    }

private:
    // A value's member name, noted in its object's names.
    void member(const JsonWalkValue& value)
    {
        if (value.keyBegin >= 0)
            m_names[m_open - 1].push_back(JsonHash::of(value.name));
    }

    bool begin()
    {
        ParsedDocument header;
        header.format = QStringLiteral("xcstrings");
        header.sourceLanguage = m_sourceLanguage;
        header.targetLanguage = m_language;
        if (!m_language.isEmpty())
            header.pluralForms = int(text::PluralRules::formCount(m_language));
        begun = true;
        if (auto started = m_sink.begin(header); !started) {
            error = started.error();
            return false;
        }
        return true;
    }

    // The entry [begin, end) scanned alone and its segment handed over.
    bool entry(qsizetype begin, qsizetype end)
    {
        auto scanned = JsonScanner::scan(m_data.sliced(begin, end - begin), m_fileName);
        if (!scanned) {
            broken = true; // cannot be: the walk found the file valid
            return false;
        }
        Segment segment = XcstringsEntry::segment(*scanned, m_sourceLanguage, 0, m_entryKey, m_language);
        segment.order = ++m_order;
        if (auto taken = m_sink.segment(std::move(segment)); !taken) {
            error = taken.error();
            return false;
        }
        return true;
    }

    const QByteArray& m_data;
    const QString& m_fileName;
    const QString& m_language;
    SegmentSink& m_sink;
    std::vector<std::vector<JsonHash>> m_names; // by depth: the names of the open objects so far
    size_t m_open = 0;                          // objects and arrays open
    QString m_sourceLanguage;
    bool m_hasSource = false;
    bool m_inStrings = false;
    qsizetype m_entryBegin = -1;
    QString m_entryKey;
    int m_order = 0;
};

} // namespace

Result<XcstringsStreamReader::Outcome> XcstringsStreamReader::read(const QByteArray& data, const QString& fileName,
                                                                   const QString& language, SegmentSink& sink)
{
    XcCatalogReader reader(data, fileName, language, sink);
    const JsonWalk::Outcome walked = JsonWalk::run(data, reader);
    if (reader.error)
        return std::unexpected(*reader.error);
    if (!reader.begun)
        return Outcome::Whole;
    if (walked != JsonWalk::Outcome::Done || reader.broken)
        return Outcome::Invalid;
    return Outcome::Read;
}

} // namespace tessera::formats
