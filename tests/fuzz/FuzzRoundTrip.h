// FuzzRoundTrip: the body every filter's libFuzzer target shares. The filter reads the bytes; when it
// accepts them, writing the segments back unchanged must give the same bytes, and reading those
// again the same document. A violation traps so that libFuzzer saves the input as a crash.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>

#include <QBuffer>
#include <QByteArray>
#include <QString>

#include "formats/Filter.h"

namespace tessera::fuzz {

[[noreturn]] inline void violation(const char* what)
{
    std::fprintf(stderr, "round-trip violation: %s\n", what);
    std::fflush(stderr);
    __builtin_trap();
}

inline bool sameSegment(const domain::Segment& a, const domain::Segment& b)
{
    return a.id == b.id && a.documentId == b.documentId && a.key == b.key && a.order == b.order &&
           a.source == b.source && a.sourcePlural == b.sourcePlural && a.previousSource == b.previousSource &&
           a.targets == b.targets && a.state == b.state && a.context == b.context &&
           a.translatorComment == b.translatorComment && a.flags == b.flags;
}

inline bool sameDocument(const formats::ParsedDocument& a, const formats::ParsedDocument& b)
{
    if (a.format != b.format || a.sourceLanguage != b.sourceLanguage || a.targetLanguage != b.targetLanguage ||
        a.pluralForms != b.pluralForms || a.segments.size() != b.segments.size())
        return false;
    for (qsizetype i = 0; i < a.segments.size(); ++i) {
        if (!sameSegment(a.segments[i], b.segments[i]))
            return false;
    }
    return true;
}

// LLVMFuzzerTestOneInput of a filter: `return tessera::fuzz::roundTrip(filter, data, size);`
inline int roundTrip(const formats::Filter& filter, const std::uint8_t* data, std::size_t size)
{
    // A copy, as a file read with QFile::readAll would be (QByteArray::fromRawData has no terminator).
    const QByteArray original(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString fileName = QStringLiteral("fuzz.") + filter.extensions().value(0);

    const int confidence = filter.detect(fileName, original.left(4096));
    if (confidence < 0 || confidence > 100)
        violation("detect() out of 0..100");

    const auto document = filter.read(original, fileName);
    if (!document) {
        if (document.error().message.isEmpty())
            violation("read() failed without a message");
        return 0;
    }
    if (document->format != filter.id())
        violation("read() returned another format id");

    const auto written = filter.write(original, document->segments, fileName);
    if (!written)
        violation("write(original, read(original)) failed");
    if (*written != original)
        violation("write(original, read(original)) is not byte-identical to original");

    const auto again = filter.read(*written, fileName);
    if (!again) {
        std::fprintf(stderr, "%s\n", qPrintable(again.error().describe()));
        violation("reading the written file failed");
    }
    if (!sameDocument(*document, *again))
        violation("reading the written file gave other segments");

    // A new file made of the document (as convert makes one) reads back with the same texts. Plural
    // targets may be cut or padded to the forms the target language has (a Japanese PO file that
    // declares two forms gets one); the forms both have must be the same.
    // Only for bilingual formats: a monolingual file (Android, JSON, .strings) holds one text per
    // entry, so a created one says the translation or, where there is none, the source.
    if (!filter.translationPath(fileName, QStringLiteral("de")).isEmpty())
        return 0;
    const auto created = filter.create(*document, fileName);
    if (!created)
        return 0; // some documents cannot be said in a new file (a language with no plural formula)
    const auto fresh = filter.read(*created, fileName);
    if (!fresh) {
        std::fprintf(stderr, "%s\n", qPrintable(fresh.error().describe()));
        violation("reading a created file failed");
    }
    if (fresh->segments.size() != document->segments.size())
        violation("a created file has another number of segments");
    for (qsizetype i = 0; i < fresh->segments.size(); ++i) {
        const auto& a = document->segments[i];
        const auto& b = fresh->segments[i];
        const qsizetype forms = std::min(a.targets.size(), b.targets.size());
        if (a.source != b.source || a.targets.mid(0, forms) != b.targets.mid(0, forms) ||
            a.sourcePlural.isEmpty() != b.sourcePlural.isEmpty())
            violation("a created file reads back with other texts");
    }
    return 0;
}

// A monolingual filter's streamed writer (writePairTo) writes writePair's bytes, or fails with its
// error, with every other segment of `segments` edited; obsolete segments are left out, as export
// leaves them out.
inline void checkStreamedPair(const formats::Filter& filter, const QByteArray& source, const QString& sourceName,
                              const QByteArray& translation, QList<domain::Segment> segments,
                              const QString& translationName, const QString& language)
{
    segments.removeIf([](const domain::Segment& s) { return s.flags.testFlag(domain::SegmentFlag::Obsolete); });
    for (qsizetype i = 0; i < segments.size(); i += 2) {
        for (QString& target : segments[i].targets)
            target = QStringLiteral("neu \"ü\" \\ & ") + target;
        if (segments[i].targets.isEmpty())
            segments[i].targets = {QStringLiteral("neu")};
        segments[i].state = domain::SegmentState::Translated;
    }
    const auto whole = filter.writePair(source, sourceName, translation, segments, translationName, language);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    formats::SegmentList list(segments);
    const auto streamed = filter.writePairTo(buffer, source, sourceName, translation, list, translationName, language);
    if (bool(streamed) != bool(whole))
        violation("writePairTo succeeds where writePair fails, or fails where it succeeds");
    if (whole && bytes != *whole)
        violation("writePairTo does not write what writePair writes");
    if (!whole && streamed.error().describe() != whole.error().describe())
        violation("writePairTo fails with another error than writePair");
}

// readPairTo must hand the sink what readPair gives (header and segments), or fail as it does.
inline void checkStreamedRead(const formats::Filter& filter, const QByteArray& source, const QString& sourceName,
                              const QByteArray& translation, const QString& translationName, const QString& language)
{
    const auto whole = filter.readPair(source, sourceName, translation, translationName, language);
    formats::CollectingSink sink;
    const auto streamed = filter.readPairTo(sink, source, sourceName, translation, translationName, language);
    if (bool(streamed) != bool(whole))
        violation("readPairTo succeeds where readPair fails, or fails where it succeeds");
    if (whole && !sameDocument(sink.document, *whole))
        violation("readPairTo does not give what readPair gives");
    if (!whole && streamed.error().describe() != whole.error().describe())
        violation("readPairTo fails with another error than readPair");
}

} // namespace tessera::fuzz
