// PlaceablesCheck: placeholders missing from the translation, added to it, or changed, for every
// syntax the tokenizer knows (printf incl. positional, Qt, ICU, i18next, Python, Ruby).
#pragma once

#include "qa/Check.h"

namespace tessera::qa::checks {

class PlaceablesCheck final : public Check {
public:
    QString id() const override { return QStringLiteral("placeables"); }
    QString description() const override;
    Severity defaultSeverity() const override { return Severity::Error; }
    void run(const CheckInput& input, QList<Issue>& issues) const override;
};

} // namespace tessera::qa::checks
