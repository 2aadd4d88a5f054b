// InconsistentSourceCheck: the same translation is given to different sources elsewhere in the
// project (two meanings one word, or a copy-paste).
#pragma once

#include "qa/Check.h"

namespace tessera::qa::checks {

class InconsistentSourceCheck final : public Check {
public:
    QString id() const override { return QStringLiteral("inconsistent-source"); }
    QString description() const override;
    Severity defaultSeverity() const override { return Severity::Info; }
    Scope scope() const override { return Scope::Project; }
    void run(const CheckInput& input, QList<Issue>& issues) const override;
};

} // namespace tessera::qa::checks
