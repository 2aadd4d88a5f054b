// Fixer: applies the automatic fixes of issues to a segment's target forms.
#pragma once

#include <QList>
#include <QStringList>

#include "Issue.h"

namespace tessera::qa {

class Fixer {
public:
    // The target form with the issue's edits made; `target` unchanged when the issue has no fix.
    static QString apply(const QString& target, const Issue& issue);

    // Every fixable issue of `issues` applied to its form, one issue at a time re-checked for overlap:
    // an issue whose edits overlap edits already made is left out (its span moved). Returns the
    // new targets.
    static QStringList applyAll(const QStringList& targets, const QList<Issue>& issues);
};

} // namespace tessera::qa
