// JsonFlatFilter: flat key-value JSON: a root object whose members are the strings, keys as they are.
#include "JsonFlatFilter.h"

namespace tessera::formats {

QString JsonFlatFilter::id() const
{
    return QStringLiteral("json");
}

QString JsonFlatFilter::name() const
{
    return QStringLiteral("Key-value JSON");
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

} // namespace tessera::formats
