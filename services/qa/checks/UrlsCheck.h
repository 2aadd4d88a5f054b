// UrlsCheck: web addresses and e-mail addresses of the source missing or changed in the
// translation, or added to it.
#pragma once

#include "qa/Check.h"

namespace tessera::qa::checks {

class UrlsCheck final : public Check {
public:
    QString id() const override { return QStringLiteral("urls"); }
    QString description() const override;
    Severity defaultSeverity() const override { return Severity::Warning; }
    void run(const CheckInput& input, QList<Issue>& issues) const override;
};

} // namespace tessera::qa::checks
