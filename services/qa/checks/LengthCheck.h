// LengthCheck: a translation longer than the segment's maximum length (from the file) or, where the
// file gives none, the project's.
#pragma once

#include "qa/Check.h"

namespace tessera::qa::checks {

class LengthCheck final : public Check {
public:
    QString id() const override { return QStringLiteral("length"); }
    QString description() const override;
    Severity defaultSeverity() const override { return Severity::Error; }
    void run(const CheckInput& input, QList<Issue>& issues) const override;
};

} // namespace tessera::qa::checks
