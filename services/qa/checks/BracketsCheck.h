// BracketsCheck: brackets that do not close or nest in the translation, and quotation marks left
// open, where the source's are in order.
#pragma once

#include "qa/Check.h"

namespace tessera::qa::checks {

class BracketsCheck final : public Check {
public:
    QString id() const override { return QStringLiteral("brackets"); }
    QString description() const override;
    Severity defaultSeverity() const override { return Severity::Warning; }
    void run(const CheckInput& input, QList<Issue>& issues) const override;
};

} // namespace tessera::qa::checks
