// SpellingCheck: words of the translation the target language's dictionary does not know.
#pragma once

#include "qa/Check.h"

namespace tessera::qa::checks {

class SpellingCheck final : public Check {
public:
    QString id() const override { return QStringLiteral("spelling"); }
    QString description() const override;
    Severity defaultSeverity() const override { return Severity::Info; }
    void run(const CheckInput& input, QList<Issue>& issues) const override;
};

} // namespace tessera::qa::checks
