// QaChecker: checks one segment against its context with the project's settings: what the editor
// calls as the user types and what batch runs call for every segment.
#pragma once

#include <QList>
#include <QStringList>

#include "Issue.h"
#include "LanguageInfo.h"
#include "QaContext.h"
#include "domain/Segment.h"

namespace tessera::qa {

class Check;
class CheckRegistry;

class QaChecker {
public:
    // Works out the languages' rules once; cheap to keep for a document or project. Thread-safe
    // once built: check() may run on several threads.
    explicit QaChecker(QaContext context);
    QaChecker(QaContext context, const CheckRegistry& registry);

    // The enabled checks' issues, each with its check id and effective severity, in registry order.
    // A segment whose targets are all empty gets only what the "empty" check says.
    QList<Issue> check(const domain::Segment& segment) const;
    // Only the checks named in `ids` (that are enabled), e.g. the per-segment ones while typing.
    QList<Issue> check(const domain::Segment& segment, const QStringList& ids) const;

    bool isEnabled(const QString& id) const;
    Severity severityOf(const QString& id) const;
    const QaContext& context() const { return m_context; }
    const CheckRegistry& registry() const { return m_registry; }

private:
    struct Active {
        const Check* check;
        Severity severity;
    };

    QaContext m_context;
    const CheckRegistry& m_registry;
    LanguageInfo m_source;
    LanguageInfo m_target;
    QList<Active> m_active;
};

} // namespace tessera::qa
