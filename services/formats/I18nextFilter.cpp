// I18nextFilter: i18next v4 JSON: nested keys, plural suffix groups, pairing with the source file.
#include "I18nextFilter.h"

#include "LanguagePath.h"

#include "ByteOutput.h"
#include "JsonKeyWriter.h"
#include "JsonKeys.h"
#include "JsonPairReader.h"
#include "JsonStreamWriter.h"

namespace tessera::formats {

QString I18nextFilter::id() const
{
    return QStringLiteral("i18next");
}

QString I18nextFilter::name() const
{
    return QStringLiteral("i18next JSON");
}

QStringList I18nextFilter::extensions() const
{
    return {QStringLiteral("json")};
}

int I18nextFilter::detect(const QString& fileName, const QByteArray& head) const
{
    const bool extension = fileName.endsWith(QLatin1StringView(".json"), Qt::CaseInsensitive);
    if (fileName.endsWith(QLatin1StringView(".arb"), Qt::CaseInsensitive))
        return 0;
    const JsonShape shape = JsonKeys::shape(head);
    if (!shape.object || shape.arbLocale || shape.xcstrings)
        return 0;
    if (!shape.nested && !shape.pluralSuffix)
        return 0; // a flat all-string object is the "json" filter's
    if (shape.nonString)
        return extension ? 20 : 5; // package.json and other data files have numbers and arrays
    return extension ? 90 : 40;
}

domain::Result<ParsedDocument> I18nextFilter::read(const QByteArray& data, const QString& fileName) const
{
    return JsonKeys::read(nullptr, {}, data, fileName, JsonKeys::Mode::I18next, id());
}

domain::Result<ParsedDocument> I18nextFilter::readPair(const QByteArray& sourceData, const QString& sourceFileName,
                                                       const QByteArray& targetData,
                                                       const QString& targetFileName) const
{
    return JsonKeys::read(&sourceData, sourceFileName, targetData, targetFileName, JsonKeys::Mode::I18next, id());
}

domain::Result<QByteArray> I18nextFilter::write(const QByteArray& original, const QList<domain::Segment>& segments,
                                                const QString& fileName) const
{
    return JsonKeyWriter::write(original, segments, fileName, JsonKeys::Mode::I18next,
                                JsonKeys::languageFromFileName(fileName));
}

domain::Result<QByteArray> I18nextFilter::create(const ParsedDocument& document, const QString& fileName) const
{
    QString language = document.targetLanguage;
    if (language.isEmpty())
        language = JsonKeys::languageFromFileName(fileName);
    return JsonKeyWriter::create(document.segments, JsonKeys::Mode::I18next, language);
}

domain::Result<ParsedDocument> I18nextFilter::readPair(const QByteArray& source, const QString& sourceName,
                                                       const QByteArray& translation, const QString& translationName,
                                                       const QString& language) const
{
    return readWithTranslation(translation, translationName, language, [&](const QByteArray& base) {
        return readPair(source, sourceName, base, translationName);
    });
}

QString I18nextFilter::translationPath(const QString& sourcePath, const QString& language) const
{
    return LanguagePath::json(sourcePath, language);
}

domain::Result<QByteArray> I18nextFilter::writePair(const QByteArray& source, const QString& sourceName,
                                                    const QByteArray& translation,
                                                    const QList<domain::Segment>& segments,
                                                    const QString& translationName, const QString& language) const
{
    const QByteArray file =
        JsonKeys::translationFile(source, translation, translationName, JsonKeys::Mode::I18next, language);
    return Filter::writePair(source, sourceName, file, segments, translationName, language);
}

domain::Result<void> I18nextFilter::writePairTo(QIODevice& out, const QByteArray& source, const QString& sourceName,
                                                const QByteArray& translation, SegmentSource& segments,
                                                const QString& translationName, const QString& language) const
{
    const QByteArray file =
        JsonKeys::translationFile(source, translation, translationName, JsonKeys::Mode::I18next, language);
    return streamPair(out, source, sourceName, file, segments, translationName, language,
                      [&](const QByteArray& base, ByteOutput& output) {
                          return JsonStreamWriter::writePair(source, base, segments, JsonKeys::Mode::I18next,
                                                             JsonKeys::languageFromFileName(translationName), output);
                      });
}

domain::Result<void> I18nextFilter::readPairTo(SegmentSink& sink, const QByteArray& source, const QString& sourceName,
                                               const QByteArray& translation, const QString& translationName,
                                               const QString& language) const
{
    return readStreamedPair(sink, source, sourceName, translation, translationName, language,
                            [&](const QByteArray& base) {
                                return JsonPairReader::read(sink, source, sourceName, base, translationName,
                                                            JsonKeys::Mode::I18next, id(), language);
                            });
}

} // namespace tessera::formats
