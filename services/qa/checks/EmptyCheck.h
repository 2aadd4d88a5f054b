// EmptyCheck: a segment whose source has text but whose translation has none.
#pragma once

#include "qa/Check.h"

namespace tessera::qa::checks {

class EmptyCheck final : public Check {
public:
    QString id() const override { return QStringLiteral("empty"); }
    QString description() const override;
    Severity defaultSeverity() const override { return Severity::Error; }
    bool checksEmptyTargets() const override { return true; }
    void run(const CheckInput& input, QList<Issue>& issues) const override;
};

} // namespace tessera::qa::checks
