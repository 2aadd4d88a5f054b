// RepeatedWordsCheck: the same word twice in a row ("the the") in the translation where the source
// has no such repetition.
#pragma once

#include "qa/Check.h"

namespace tessera::qa::checks {

class RepeatedWordsCheck final : public Check {
public:
    QString id() const override { return QStringLiteral("repeated-words"); }
    QString description() const override;
    Severity defaultSeverity() const override { return Severity::Warning; }
    bool canFix() const override { return true; }
    void run(const CheckInput& input, QList<Issue>& issues) const override;
};

} // namespace tessera::qa::checks
