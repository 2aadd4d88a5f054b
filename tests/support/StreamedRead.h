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

// Where `streamed` differs from `whole`, field by field; empty when they are the same.
inline QString firstDifference(const formats::ParsedDocument& streamed, const formats::ParsedDocument& whole)
{
    if (streamed.format != whole.format || streamed.sourceLanguage != whole.sourceLanguage ||
        streamed.targetLanguage != whole.targetLanguage || streamed.pluralForms != whole.pluralForms)
        return QStringLiteral("header: %1 %2 %3 %4 vs %5 %6 %7 %8")
            .arg(streamed.format, streamed.sourceLanguage, streamed.targetLanguage)
            .arg(streamed.pluralForms)
            .arg(whole.format, whole.sourceLanguage, whole.targetLanguage)
            .arg(whole.pluralForms);
    if (streamed.segments.size() != whole.segments.size())
        return QStringLiteral("%1 segments streamed, %2 read whole")
            .arg(streamed.segments.size())
            .arg(whole.segments.size());
    for (qsizetype i = 0; i < whole.segments.size(); ++i) {
        const domain::Segment& a = streamed.segments[i];
        const domain::Segment& b = whole.segments[i];
        const auto field = [&](const char* name, const QString& x, const QString& y) {
            return QStringLiteral("segment %1 (%2): %3 \"%4\" vs \"%5\"")
                .arg(i)
                .arg(b.key, QLatin1StringView(name), x, y);
        };
        if (a.key != b.key)
            return field("key", a.key, b.key);
        if (a.order != b.order)
            return field("order", QString::number(a.order), QString::number(b.order));
        if (a.source != b.source)
            return field("source", a.source, b.source);
        if (a.sourcePlural != b.sourcePlural)
            return field("sourcePlural", a.sourcePlural, b.sourcePlural);
        if (a.previousSource != b.previousSource)
            return field("previousSource", a.previousSource, b.previousSource);
        if (a.targets != b.targets)
            return field("targets", a.targets.join(QLatin1Char('|')), b.targets.join(QLatin1Char('|')));
        if (a.state != b.state)
            return field("state", QString::number(int(a.state)), QString::number(int(b.state)));
        if (a.context.note != b.context.note)
            return field("note", a.context.note, b.context.note);
        if (!(a.context == b.context))
            return field("context", a.context.locations.join(QLatin1Char(',')),
                         b.context.locations.join(QLatin1Char(',')));
        if (a.translatorComment != b.translatorComment)
            return field("translatorComment", a.translatorComment, b.translatorComment);
        if (a.flags != b.flags)
            return field("flags", QString::number(int(a.flags)), QString::number(int(b.flags)));
        if (a.id != b.id || a.documentId != b.documentId || a.origin != b.origin || a.rev != b.rev ||
            a.updatedBy != b.updatedBy || a.updatedAt != b.updatedAt)
            return field("id/origin/rev/updated", a.id + a.origin, b.id + b.origin);
    }
    if (streamed.candidates != whole.candidates)
        return QStringLiteral("candidates differ");
    return {};
}

} // namespace tessera::testsupport
