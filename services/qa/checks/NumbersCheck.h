// NumbersCheck: numbers of the source missing or changed in the translation, and numbers added,
// compared by value in each language's notation.
#pragma once

#include "qa/Check.h"

namespace tessera::qa::checks {

class NumbersCheck final : public Check {
public:
    QString id() const override { return QStringLiteral("numbers"); }
    QString description() const override;
    Severity defaultSeverity() const override { return Severity::Warning; }
    void run(const CheckInput& input, QList<Issue>& issues) const override;
};

} // namespace tessera::qa::checks
