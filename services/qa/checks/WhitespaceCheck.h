// WhitespaceCheck: white space at the start and end that differs from the source, doubled spaces
// the source does not have, and a different number of line breaks.
#pragma once

#include "qa/Check.h"

namespace tessera::qa::checks {

class WhitespaceCheck final : public Check {
public:
    QString id() const override { return QStringLiteral("whitespace"); }
    QString description() const override;
    Severity defaultSeverity() const override { return Severity::Warning; }
    bool canFix() const override { return true; }
    void run(const CheckInput& input, QList<Issue>& issues) const override;
};

} // namespace tessera::qa::checks
