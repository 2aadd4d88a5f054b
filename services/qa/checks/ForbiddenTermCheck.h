// ForbiddenTermCheck: the translation uses a term the termbase marks as forbidden.
#pragma once

#include "qa/Check.h"

namespace tessera::qa::checks {

class ForbiddenTermCheck final : public Check {
public:
    QString id() const override { return QStringLiteral("forbidden-term"); }
    QString description() const override;
    Severity defaultSeverity() const override { return Severity::Error; }
    void run(const CheckInput& input, QList<Issue>& issues) const override;
};

} // namespace tessera::qa::checks
