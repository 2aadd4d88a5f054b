// Check: one quality check with a stable id; the registry holds one instance of each.
#pragma once

#include <QList>
#include <QString>

#include "Issue.h"
#include "Severity.h"

namespace tessera::qa {

class CheckInput;

class Check {
public:
    enum class Scope {
        Segment, // reads the segment and its context alone: cheap enough to run as the user types
        Project, // needs the project's other translations (QaContext::consistency)
    };

    virtual ~Check() = default;

    virtual QString id() const = 0;          // stable: settings, reports and scripts name it
    virtual QString description() const = 0; // one sentence for settings and help
    virtual Severity defaultSeverity() const = 0;
    virtual bool canFix() const { return false; }
    virtual Scope scope() const { return Scope::Segment; }
    // Whether the check also looks at a segment whose target is empty (only "empty" does).
    virtual bool checksEmptyTargets() const { return false; }

    // Appends what it finds; the checker sets each issue's check id and severity.
    virtual void run(const CheckInput& input, QList<Issue>& issues) const = 0;
};

} // namespace tessera::qa
