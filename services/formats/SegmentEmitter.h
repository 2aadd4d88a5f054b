// SegmentEmitter: what a streaming reader does around its SegmentSink: the header handed over
// once, before the first segment (or at the end of a file without any); orders counted from 1;
// keys checked to be unique.
#pragma once

#include <functional>

#include <QSet>

#include "SegmentSink.h"
#include "text/LanguageTag.h"

namespace tessera::formats {

class SegmentEmitter {
public:
    SegmentEmitter(SegmentSink& sink, std::function<ParsedDocument()> header)
        : m_sink(sink)
        , m_header(std::move(header))
    {}

    // A document header; languages spelled as BCP 47 where they are tags, as found where not.
    static ParsedDocument header(const QString& format, const QString& sourceLanguage, const QString& targetLanguage)
    {
        const auto tag = [](const QString& raw) {
            auto normalized = raw.isEmpty() ? domain::Result<QString>(raw) : text::LanguageTag::normalize(raw);
            return normalized ? *normalized : raw;
        };
        ParsedDocument document;
        document.format = format;
        document.sourceLanguage = tag(sourceLanguage);
        document.targetLanguage = tag(targetLanguage);
        return document;
    }

    domain::Result<void> begin()
    {
        if (m_begun)
            return {};
        m_begun = true;
        return m_sink.begin(m_header());
    }

    // The next segment; `duplicate` makes the error for a key given before.
    domain::Result<void> add(domain::Segment&& segment, const std::function<domain::Error()>& duplicate)
    {
        if (auto begun = begin(); !begun)
            return begun;
        if (m_keys.contains(segment.key))
            return std::unexpected(duplicate());
        m_keys.insert(segment.key);
        segment.order = ++m_order;
        return m_sink.segment(std::move(segment));
    }

    domain::Result<void> candidate(TranslationCandidate&& candidate) { return m_sink.candidate(std::move(candidate)); }

private:
    SegmentSink& m_sink;
    std::function<ParsedDocument()> m_header;
    QSet<QString> m_keys;
    int m_order = 0;
    bool m_begun = false;
};

} // namespace tessera::formats
