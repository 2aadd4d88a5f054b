#include "LanguageTag.h"

#include <algorithm>

#include <QStringList>

namespace tessera::cli {

namespace {

bool isAsciiAlnum(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

bool isAsciiAlpha(const QString& s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return isAsciiAlnum(c) && !c.isDigit(); });
}

bool isDigits(const QString& s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

} // namespace

std::optional<QString> normalizeLanguageTag(const QString& text)
{
    QStringList parts = text.trimmed().replace(QLatin1Char('_'), QLatin1Char('-')).split(QLatin1Char('-'));
    const QString language = parts.first().toLower();
    if (language.size() < 2 || language.size() > 3 || !isAsciiAlpha(language))
        return std::nullopt;
    parts.first() = language;
    bool singletonSeen = false; // after an extension or private-use singleton, subtags keep lower case
    for (qsizetype i = 1; i < parts.size(); ++i) {
        QString& part = parts[i];
        if (part.isEmpty() || part.size() > 8 || !std::all_of(part.begin(), part.end(), isAsciiAlnum))
            return std::nullopt;
        part = part.toLower();
        if (singletonSeen)
            continue;
        if (part.size() == 1) {
            singletonSeen = true;
        } else if (part.size() == 4 && i == 1 && isAsciiAlpha(part)) {
            part[0] = part[0].toUpper(); // script: Hans, Latn
        } else if ((part.size() == 2 && isAsciiAlpha(part)) || (part.size() == 3 && isDigits(part))) {
            part = part.toUpper(); // region: DE, 419
        }
    }
    return parts.join(QLatin1Char('-'));
}

} // namespace tessera::cli
