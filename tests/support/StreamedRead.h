// StreamedRead: what a filter's readPairTo hands its sink, collected, and the first difference
// between two read documents, for the tests that hold the streamed readers to readPair.
#pragma once

#include <QString>

#include "formats/Filter.h"
#include "formats/ParsedDocument.h"
#include "formats/SegmentSink.h"

namespace tessera::testsupport {

// readPairTo into a CollectingSink: the document the streamed reader gives.
inline domain::Result<formats::ParsedDocument> streamedPair(const formats::Filter& filter, const QByteArray& source,
                                                            const QString& sourceName, const QByteArray& translation,
                                                            const QString& translationName, const QString& language)
{
    formats::CollectingSink sink;
    if (auto read = filter.readPairTo(sink, source, sourceName, translation, translationName, language); !read)
        return std::unexpected(read.error());
    return sink.document;
}

// Empty when `a` and `b` have the same header and segments, field by field; else what differs first.
inline QString firstDifference(const formats::ParsedDocument& a, const formats::ParsedDocument& b)
{
    if (a.format != b.format || a.sourceLanguage != b.sourceLanguage || a.targetLanguage != b.targetLanguage ||
        a.pluralForms != b.pluralForms)
        return QStringLiteral("header: %1 %2→%3 (%4 forms) vs %5 %6→%7 (%8 forms)")
            .arg(a.format, a.sourceLanguage, a.targetLanguage)
            .arg(a.pluralForms)
            .arg(b.format, b.sourceLanguage, b.targetLanguage)
            .arg(b.pluralForms);
    if (a.segments.size() != b.segments.size())
        return QStringLiteral("%1 segments vs %2").arg(a.segments.size()).arg(b.segments.size());
    if (a.candidates.size() != b.candidates.size())
        return QStringLiteral("%1 candidates vs %2").arg(a.candidates.size()).arg(b.candidates.size());
    for (qsizetype i = 0; i < a.segments.size(); ++i) {
        const domain::Segment& x = a.segments[i];
        const domain::Segment& y = b.segments[i];
        const auto differs = [&](const char* field) {
            return QStringLiteral("segment %1 (\"%2\" vs \"%3\"): %4 differs")
                .arg(i)
                .arg(x.key, y.key, QLatin1StringView(field));
        };
        if (x.key != y.key)
            return differs("key");
        if (x.order != y.order)
            return differs("order");
        if (x.source != y.source || x.sourcePlural != y.sourcePlural || x.previousSource != y.previousSource)
            return differs("source");
        if (x.targets != y.targets)
            return differs("targets");
        if (x.state != y.state)
            return differs("state");
        if (!(x.context == y.context))
            return differs("context");
        if (x.translatorComment != y.translatorComment)
            return differs("translator comment");
        if (x.flags != y.flags)
            return differs("flags");
        if (x.origin != y.origin)
            return differs("origin");
    }
    return {};
}

} // namespace tessera::testsupport
