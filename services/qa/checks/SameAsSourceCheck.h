// SameAsSourceCheck: a translation that is the source unchanged, except where keeping it is normal
// (numbers, codes, placeables, file names, acronyms, the project's brand names).
#pragma once

#include "qa/Check.h"
#include "text/Placeable.h"

namespace tessera::qa::checks {

class SameAsSourceCheck final : public Check {
public:
    QString id() const override { return QStringLiteral("same-as-source"); }
    QString description() const override;
    Severity defaultSeverity() const override { return Severity::Warning; }
    void run(const CheckInput& input, QList<Issue>& issues) const override;

    // Whether a text may stay untranslated: fewer than two words of prose besides placeables, numbers,
    // punctuation, URLs and code-like words (digits, capitals, dots, underscores inside: "UTF-8",
    // "README.md", "GNOME", "iPhone"). One word kept is mostly a loanword or a name.
    static bool isUntranslatable(const QString& value, const QList<text::Placeable>& placeables);
};

} // namespace tessera::qa::checks
