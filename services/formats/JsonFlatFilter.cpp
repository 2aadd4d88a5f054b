// JsonFlatFilter: flat key-value JSON: a root object whose members are the strings, keys as they are.
#include "JsonFlatFilter.h"

#include "LanguagePath.h"

#include "ByteOutput.h"
#include "JsonKeyWriter.h"
#include "JsonKeys.h"
#include "JsonPairReader.h"
#include "JsonStreamWriter.h"

namespace tessera::formats {

QString JsonFlatFilter::id() const
{
    return QStringLiteral("json");
}

QString JsonFlatFilter::name() const
{
    return QStringLiteral("Key-value JSON");
}

QStringList JsonFlatFilter::extensions() const
{
    return {QStringLiteral("json")};
}

int JsonFlatFilter::detect(const QString& fileName, const QByteArray& head) const
{
    const bool extension = fileName.endsWith(QLatin1StringView(".json"), Qt::CaseInsensitive);
    if (fileName.endsWith(QLatin1StringView(".arb"), Qt::CaseInsensitive))
        return 0;
    const JsonShape shape = JsonKeys::shape(head);
    if (!shape.object || shape.arbLocale || shape.xcstrings || shape.nested || shape.pluralSuffix)
        return 0;
    if (shape.nonString || shape.strings == 0)
        return extension ? 10 : 0;
    return extension ? 85 : 30;
}

domain::Result<ParsedDocument> JsonFlatFilter::read(const QByteArray& data, const QString& fileName) const
{
    return JsonKeys::read(nullptr, {}, data, fileName, JsonKeys::Mode::Flat, id());
}

domain::Result<ParsedDocument> JsonFlatFilter::readPair(const QByteArray& sourceData, const QString& sourceFileName,
                                                        const QByteArray& targetData,
                                                        const QString& targetFileName) const
{
    return JsonKeys::read(&sourceData, sourceFileName, targetData, targetFileName, JsonKeys::Mode::Flat, id());
}

domain::Result<QByteArray> JsonFlatFilter::write(const QByteArray& original, const QList<domain::Segment>& segments,
                                                 const QString& fileName) const
{
    return JsonKeyWriter::write(original, segments, fileName, JsonKeys::Mode::Flat, {});
}

domain::Result<QByteArray> JsonFlatFilter::create(const ParsedDocument& document, const QString&) const
{
    return JsonKeyWriter::create(document.segments, JsonKeys::Mode::Flat, {});
}

domain::Result<ParsedDocument> JsonFlatFilter::readPair(const QByteArray& source, const QString& sourceName,
                                                        const QByteArray& translation, const QString& translationName,
                                                        const QString& language) const
{
    return readWithTranslation(translation, translationName, language, [&](const QByteArray& base) {
        return readPair(source, sourceName, base, translationName);
    });
}

QString JsonFlatFilter::translationPath(const QString& sourcePath, const QString& language) const
{
    return LanguagePath::json(sourcePath, language);
}

domain::Result<QByteArray> JsonFlatFilter::writePair(const QByteArray& source, const QString& sourceName,
                                                     const QByteArray& translation,
                                                     const QList<domain::Segment>& segments,
                                                     const QString& translationName, const QString& language) const
{
    const QByteArray file =
        JsonKeys::translationFile(source, translation, translationName, JsonKeys::Mode::Flat, language);
    return Filter::writePair(source, sourceName, file, segments, translationName, language);
}

domain::Result<void> JsonFlatFilter::writePairTo(QIODevice& out, const QByteArray& source, const QString& sourceName,
                                                 const QByteArray& translation, SegmentSource& segments,
                                                 const QString& translationName, const QString& language) const
{
    const QByteArray file =
        JsonKeys::translationFile(source, translation, translationName, JsonKeys::Mode::Flat, language);
    return streamPair(out, source, sourceName, file, segments, translationName, language,
                      [&](const QByteArray& base, ByteOutput& output) {
                          return JsonStreamWriter::writePair(source, base, segments, JsonKeys::Mode::Flat, QString(),
                                                             output);
                      });
}

domain::Result<void> JsonFlatFilter::readPairTo(SegmentSink& sink, const QByteArray& source, const QString& sourceName,
                                                const QByteArray& translation, const QString& translationName,
                                                const QString& language) const
{
    return readStreamedPair(sink, source, sourceName, translation, translationName, language,
                            [&](const QByteArray& base) {
                                return JsonPairReader::read(sink, source, sourceName, base, translationName,
                                                            JsonKeys::Mode::Flat, id(), language);
                            });
}

} // namespace tessera::formats
