// PluralsCheck: plural forms as the target language needs them: gettext/Android forms all there and
// filled, and ICU MessageFormat plurals that parse, have an "other" branch and the language's
// categories.
#pragma once

#include "qa/Check.h"

namespace tessera::qa::checks {

class PluralsCheck final : public Check {
public:
    QString id() const override { return QStringLiteral("plurals"); }
    QString description() const override;
    Severity defaultSeverity() const override { return Severity::Error; }
    void run(const CheckInput& input, QList<Issue>& issues) const override;
};

} // namespace tessera::qa::checks
