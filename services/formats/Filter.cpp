#include "Filter.h"

namespace tessera::formats {

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

} // namespace tessera::formats
