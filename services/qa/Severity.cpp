// Severity: names of the severities as the CLI, the reports and the settings spell them.
#include "Severity.h"

namespace tessera::qa {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return QStringLiteral("info");
}

std::optional<Severity> severityFromString(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("error"))
        return Severity::Error;
    if (t == QLatin1String("warning"))
        return Severity::Warning;
    if (t == QLatin1String("info"))
        return Severity::Info;
    return std::nullopt;
}

} // namespace tessera::qa
