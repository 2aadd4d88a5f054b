// InconsistentTranslationCheck: the same source (and context) is translated differently elsewhere in
// the project.
#pragma once

#include "qa/Check.h"

namespace tessera::qa::checks {

class InconsistentTranslationCheck final : public Check {
public:
    QString id() const override { return QStringLiteral("inconsistent-translation"); }
    QString description() const override;
    Severity defaultSeverity() const override { return Severity::Warning; }
    Scope scope() const override { return Scope::Project; }
    void run(const CheckInput& input, QList<Issue>& issues) const override;
};

} // namespace tessera::qa::checks
