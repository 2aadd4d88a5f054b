// Issue: one problem a quality check found in a segment's translation, with the spans to highlight
// and, where a fix is safe, the edits that make it.
#pragma once

#include <QList>
#include <QString>

#include "Severity.h"

namespace tessera::qa {

// Replace `length` UTF-16 units at `start` of one target form with `replacement`.
struct TextEdit {
    qsizetype start = 0;
    qsizetype length = 0;
    QString replacement;

    bool operator==(const TextEdit&) const = default;
};

struct Issue {
    QString check; // the check's stable id: "placeables", "whitespace", …
    Severity severity = Severity::Warning;
    QString message; // one English sentence naming what is wrong ("%d is missing")
    int form = 0;    // which target form (plural forms; 0 for a segment without plurals)

    // What to highlight in the target form (UTF-16 offsets); start -1 when the issue is the whole
    // target or something it lacks.
    qsizetype start = -1;
    qsizetype length = 0;
    // What to highlight in the source (for something the target lacks); start -1 when nothing.
    qsizetype sourceStart = -1;
    qsizetype sourceLength = 0;

    // The edits of the automatic fix on the target form, sorted by start, not overlapping; empty when
    // no fix is safe. Apply with Fixer::apply.
    QList<TextEdit> fix;

    bool hasFix() const { return !fix.isEmpty(); }
};

} // namespace tessera::qa
