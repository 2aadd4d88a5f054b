// EscapesCheck: escape sequences and markup entities that change what the program prints: \n, \t,
// \r, \\, %% and &lt; &gt; kept as many times as in the source.
#pragma once

#include "qa/Check.h"

namespace tessera::qa::checks {

class EscapesCheck final : public Check {
public:
    QString id() const override { return QStringLiteral("escapes"); }
    QString description() const override;
    Severity defaultSeverity() const override { return Severity::Warning; }
    void run(const CheckInput& input, QList<Issue>& issues) const override;
};

} // namespace tessera::qa::checks
