// I18nextFilter: i18next v4 JSON: nested keys, plural suffix groups, pairing with the source file.
#include "I18nextFilter.h"

namespace tessera::formats {

QString I18nextFilter::id() const
{
    return QStringLiteral("i18next");
}

QString I18nextFilter::name() const
{
    return QStringLiteral("i18next JSON");
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

} // namespace tessera::formats
