// TerminologyCheck: a termbase term found in the source whose approved translation the target lacks.
#pragma once

#include "qa/Check.h"

namespace tessera::qa::checks {

class TerminologyCheck final : public Check {
public:
    QString id() const override { return QStringLiteral("terminology"); }
    QString description() const override;
    Severity defaultSeverity() const override { return Severity::Warning; }
    void run(const CheckInput& input, QList<Issue>& issues) const override;
};

} // namespace tessera::qa::checks
