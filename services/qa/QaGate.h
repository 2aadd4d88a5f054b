// QaGate: whether a segment may be confirmed or approved under the project's blocking rules, and if
// not, why. The editor asks before it changes a state; the server will ask the same.
#pragma once

#include <QList>
#include <QString>

#include "Issue.h"
#include "domain/QaSettings.h"
#include "domain/Segment.h"

namespace tessera::qa {

class QaChecker;

class QaGate {
public:
    enum class Action { Confirm, Approve };

    struct Verdict {
        bool allowed = true;
        QList<Issue> blocking; // the issues that forbid it
        // "placeables: %s is missing; tags: <b> is not closed" (empty when allowed).
        QString reason() const;
    };

    // From issues already found (what the editor shows).
    static Verdict evaluate(const QList<Issue>& issues, const domain::QaSettings& settings, Action action);
    // Runs the checker on the segment, then decides.
    static Verdict evaluate(const QaChecker& checker, const domain::Segment& segment, Action action);
};

} // namespace tessera::qa
