// JsonKeyFilter: i18next and flat key-value JSON read, paired and written by their mode.
#include "JsonKeyFilter.h"

#include "ByteOutput.h"
#include "JsonKeyWriter.h"
#include "JsonPairReader.h"
#include "JsonStreamWriter.h"
#include "LanguagePath.h"

namespace tessera::formats {

QStringList JsonKeyFilter::extensions() const
{
    return {QStringLiteral("json")};
}

QString JsonKeyFilter::pluralLanguage(const QString& fileName) const
{
    return m_mode == JsonKeys::Mode::I18next ? JsonKeys::languageFromFileName(fileName) : QString();
}

domain::Result<ParsedDocument> JsonKeyFilter::read(const QByteArray& data, const QString& fileName) const
{
    return JsonKeys::read(nullptr, {}, data, fileName, m_mode, id());
}

domain::Result<ParsedDocument> JsonKeyFilter::readPair(const QByteArray& sourceData, const QString& sourceFileName,
                                                       const QByteArray& targetData,
                                                       const QString& targetFileName) const
{
    return JsonKeys::read(&sourceData, sourceFileName, targetData, targetFileName, m_mode, id());
}

domain::Result<ParsedDocument> JsonKeyFilter::readPair(const QByteArray& source, const QString& sourceName,
                                                       const QByteArray& translation, const QString& translationName,
                                                       const QString& language) const
{
    return readWithTranslation(translation, translationName, language, [&](const QByteArray& base) {
        return readPair(source, sourceName, base, translationName);
    });
}

QString JsonKeyFilter::translationPath(const QString& sourcePath, const QString& language) const
{
    return LanguagePath::json(sourcePath, language);
}

domain::Result<QByteArray> JsonKeyFilter::write(const QByteArray& original, const QList<domain::Segment>& segments,
                                                const QString& fileName) const
{
    return JsonKeyWriter::write(original, segments, fileName, m_mode, pluralLanguage(fileName));
}

domain::Result<QByteArray> JsonKeyFilter::create(const ParsedDocument& document, const QString& fileName) const
{
    QString language = pluralLanguage(fileName);
    if (m_mode == JsonKeys::Mode::I18next && !document.targetLanguage.isEmpty())
        language = document.targetLanguage;
    return JsonKeyWriter::create(document.segments, m_mode, language);
}

domain::Result<QByteArray> JsonKeyFilter::writePair(const QByteArray& source, const QString& sourceName,
                                                    const QByteArray& translation,
                                                    const QList<domain::Segment>& segments,
                                                    const QString& translationName, const QString& language) const
{
    const QByteArray file = JsonKeys::translationFile(source, translation, translationName, m_mode, language);
    return Filter::writePair(source, sourceName, file, segments, translationName, language);
}

domain::Result<void> JsonKeyFilter::writePairTo(QIODevice& out, const QByteArray& source, const QString& sourceName,
                                                const QByteArray& translation, SegmentSource& segments,
                                                const QString& translationName, const QString& language) const
{
    const QByteArray file = JsonKeys::translationFile(source, translation, translationName, m_mode, language);
    return streamPair(out, source, sourceName, file, segments, translationName, language,
                      [&](const QByteArray& base, ByteOutput& output) {
                          return JsonStreamWriter::writePair(source, base, segments, m_mode,
                                                             pluralLanguage(translationName), output);
                      });
}

domain::Result<void> JsonKeyFilter::readPairTo(SegmentSink& sink, const QByteArray& source, const QString& sourceName,
                                               const QByteArray& translation, const QString& translationName,
                                               const QString& language) const
{
    return readStreamedPair(
        sink, source, sourceName, translation, translationName, language, [&](const QByteArray& base) {
            return JsonPairReader::read(sink, source, sourceName, base, translationName, m_mode, id(), language);
        });
}

} // namespace tessera::formats
