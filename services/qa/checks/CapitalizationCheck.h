// CapitalizationCheck: the translation starts with a small letter where the source starts with a
// capital, or the other way round (not for German, whose nouns are capitals).
#pragma once

#include "qa/Check.h"

namespace tessera::qa::checks {

class CapitalizationCheck final : public Check {
public:
    QString id() const override { return QStringLiteral("capitalization"); }
    QString description() const override;
    Severity defaultSeverity() const override { return Severity::Info; }
    void run(const CheckInput& input, QList<Issue>& issues) const override;
};

} // namespace tessera::qa::checks
