// TagsCheck: HTML/XML tags of the source missing or added, attributes changed, tags that do not
// nest or close, and broken tags ("<b" without ">").
#pragma once

#include "qa/Check.h"

namespace tessera::qa::checks {

class TagsCheck final : public Check {
public:
    QString id() const override { return QStringLiteral("tags"); }
    QString description() const override;
    Severity defaultSeverity() const override { return Severity::Error; }
    void run(const CheckInput& input, QList<Issue>& issues) const override;
};

} // namespace tessera::qa::checks
