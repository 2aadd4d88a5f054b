#include "Term.h"

namespace tessera::domain {

QString termStatusName(TermStatus status)
{
    switch (status) {
    case TermStatus::Preferred:
        return QStringLiteral("preferred");
    case TermStatus::Admitted:
        return QStringLiteral("admitted");
    case TermStatus::Forbidden:
        return QStringLiteral("forbidden");
    }
    return {};
}

TermStatus termStatusFromString(const QString& text)
{
    if (text == QLatin1String("preferred"))
        return TermStatus::Preferred;
    if (text == QLatin1String("forbidden"))
        return TermStatus::Forbidden;
    return TermStatus::Admitted;
}

} // namespace tessera::domain
