#include "Filter.h"

#include "ByteOutput.h"

namespace tessera::formats {

domain::Result<void> Filter::stream(const QByteArray& data, const QString& fileName, SegmentSink& sink) const
{
    auto document = read(data, fileName);
    if (!document)
        return std::unexpected(document.error());
    return handOver(*std::move(document), sink);
}

domain::Result<void> Filter::readPairTo(SegmentSink& sink, const QByteArray& source, const QString& sourceName,
                                        const QByteArray& translation, const QString& translationName,
                                        const QString& language) const
{
    auto document = readPair(source, sourceName, translation, translationName, language);
    if (!document)
        return std::unexpected(document.error());
    return handOver(*std::move(document), sink);
}

domain::Result<void> Filter::writeTo(QIODevice& out, const QByteArray& original, SegmentSource& segments,
                                     const QString& fileName, const QString& language) const
{
    auto list = segments.all();
    if (!list)
        return std::unexpected(list.error());
    auto bytes = writeDocument(original, *list, fileName, language);
    if (!bytes)
        return std::unexpected(bytes.error());
    list->clear();
    ByteOutput output(out);
    output.append(*bytes);
    return output.finish(fileName);
}

domain::Result<void> Filter::writeLanguagesTo(QIODevice& out, const QByteArray& original, const QString& fileName,
                                              const QList<LanguageSegments>& languages) const
{
    QByteArray bytes;
    for (qsizetype i = 0; i < languages.size(); ++i) {
        auto list = languages[i].segments->all();
        if (!list)
            return std::unexpected(list.error());
        list->removeIf([](const domain::Segment& s) { return s.flags.testFlag(domain::SegmentFlag::Obsolete); });
        auto written = writePair(i == 0 ? original : bytes, fileName, {}, *list, {}, languages[i].language);
        if (!written)
            return std::unexpected(written.error());
        bytes = *std::move(written);
    }
    ByteOutput output(out);
    output.append(languages.isEmpty() ? original : bytes);
    return output.finish(fileName);
}

QString Filter::translationPath(const QString& sourcePath, const QString& language) const
{
    Q_UNUSED(sourcePath);
    Q_UNUSED(language);
    return {};
}

domain::Result<ParsedDocument> Filter::readPair(const QByteArray& source, const QString& sourceName,
                                                const QByteArray& translation, const QString& translationName,
                                                const QString& language) const
{
    Q_UNUSED(translation);
    Q_UNUSED(translationName);
    Q_UNUSED(language);
    return read(source, sourceName);
}

domain::Result<QByteArray> Filter::writePair(const QByteArray& source, const QString& sourceName,
                                             const QByteArray& translation, const QList<domain::Segment>& segments,
                                             const QString& translationName, const QString& language) const
{
    if (translationPath(sourceName, language).isEmpty())
        return write(source, segments, sourceName);
    // A monolingual format whose write() inserts what the translation file lacks: into that file,
    // or into a new empty one.
    auto base = translationOrEmpty(translation, translationName, language);
    if (!base)
        return std::unexpected(base.error());
    return write(*base, segments, translationName);
}

domain::Result<void> Filter::writePairTo(QIODevice& out, const QByteArray& source, const QString& sourceName,
                                         const QByteArray& translation, SegmentSource& segments,
                                         const QString& translationName, const QString& language) const
{
    auto list = segments.all();
    if (!list)
        return std::unexpected(list.error());
    auto bytes = writePair(source, sourceName, translation, *list, translationName, language);
    if (!bytes)
        return std::unexpected(bytes.error());
    list->clear();
    ByteOutput output(out);
    output.append(*bytes);
    return output.finish(translationName);
}

domain::Result<void> Filter::streamPair(QIODevice& out, const QByteArray& source, const QString& sourceName,
                                        const QByteArray& translation, SegmentSource& segments,
                                        const QString& translationName, const QString& language,
                                        const PairStream& stream) const
{
    auto base = translationOrEmpty(translation, translationName, language);
    if (!base)
        return std::unexpected(base.error());
    ByteOutput output(out);
    auto streamed = stream(*base, output);
    if (!streamed)
        return std::unexpected(streamed.error());
    if (!*streamed) // nothing written
        return Filter::writePairTo(out, source, sourceName, translation, segments, translationName, language);
    return output.finish(translationName);
}

domain::Result<void> Filter::readStreamedPair(SegmentSink& sink, const QByteArray& source, const QString& sourceName,
                                              const QByteArray& translation, const QString& translationName,
                                              const QString& language, const PairRead& read) const
{
    auto base = translationOrEmpty(translation, translationName, language);
    if (!base)
        return std::unexpected(base.error());
    auto streamed = read(*base);
    if (!streamed)
        return std::unexpected(streamed.error());
    if (!*streamed) // nothing read
        return Filter::readPairTo(sink, source, sourceName, translation, translationName, language);
    return {};
}

domain::Result<QByteArray> Filter::translationOrEmpty(const QByteArray& translation, const QString& translationName,
                                                      const QString& language) const
{
    if (!translation.isEmpty())
        return translation;
    ParsedDocument empty;
    empty.format = id();
    empty.targetLanguage = language;
    return create(empty, translationName);
}

} // namespace tessera::formats
