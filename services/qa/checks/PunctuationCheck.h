// PunctuationCheck: the translation ends with another kind of sentence mark than the source, and
// the target language's own rules: French spaces before : ; ! ? and inside « », Spanish ¿ ¡.
#pragma once

#include "qa/Check.h"

namespace tessera::qa::checks {

class PunctuationCheck final : public Check {
public:
    QString id() const override { return QStringLiteral("punctuation"); }
    QString description() const override;
    Severity defaultSeverity() const override { return Severity::Warning; }
    bool canFix() const override { return true; }
    void run(const CheckInput& input, QList<Issue>& issues) const override;
};

} // namespace tessera::qa::checks
