// AcceleratorsCheck: a keyboard accelerator of the source ("&File", "_Open") missing from the
// translation, or more than one there.
#pragma once

#include "qa/Check.h"

namespace tessera::qa::checks {

class AcceleratorsCheck final : public Check {
public:
    QString id() const override { return QStringLiteral("accelerators"); }
    QString description() const override;
    Severity defaultSeverity() const override { return Severity::Warning; }
    void run(const CheckInput& input, QList<Issue>& issues) const override;

    // Offsets of accelerator markers `marker` ('&' or '_') in `masked` (placeables masked): the marker
    // followed by a letter or digit, "&&" being a literal ampersand.
    static QList<qsizetype> markers(const QString& masked, QChar marker);
};

} // namespace tessera::qa::checks
