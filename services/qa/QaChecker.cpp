// QaChecker: settings are applied here (disabled checks, severity overrides), not in the checks.
#include "QaChecker.h"

#include "Check.h"
#include "CheckInput.h"
#include "CheckRegistry.h"

namespace tessera::qa {

QaChecker::QaChecker(QaContext context)
    : QaChecker(std::move(context), CheckRegistry::standard())
{}

QaChecker::QaChecker(QaContext context, const CheckRegistry& registry)
    : m_context(std::move(context))
    , m_registry(registry)
    , m_source(LanguageInfo::forTag(m_context.sourceLanguage))
    , m_target(LanguageInfo::forTag(m_context.targetLanguage))
{
    for (const auto& check : registry.checks()) {
        if (m_context.settings.disabled.contains(check->id()))
            continue;
        const auto overridden = severityFromString(m_context.settings.severities.value(check->id()));
        m_active.append(Active{check.get(), overridden.value_or(check->defaultSeverity())});
    }
}

bool QaChecker::isEnabled(const QString& id) const
{
    return std::ranges::any_of(m_active, [&](const Active& a) { return a.check->id() == id; });
}

Severity QaChecker::severityOf(const QString& id) const
{
    for (const Active& a : m_active) {
        if (a.check->id() == id)
            return a.severity;
    }
    const Check* check = m_registry.find(id);
    return check ? check->defaultSeverity() : Severity::Info;
}

QList<Issue> QaChecker::check(const domain::Segment& segment) const
{
    return check(segment, {});
}

QList<Issue> QaChecker::check(const domain::Segment& segment, const QStringList& ids) const
{
    const CheckInput input(segment, m_context, m_source, m_target);
    QList<Issue> issues;
    for (const Active& active : m_active) {
        if (!ids.isEmpty() && !ids.contains(active.check->id()))
            continue;
        if (input.targetEmpty() && !active.check->checksEmptyTargets())
            continue;
        const qsizetype before = issues.size();
        active.check->run(input, issues);
        for (qsizetype i = before; i < issues.size(); ++i) {
            issues[i].check = active.check->id();
            issues[i].severity = active.severity;
        }
    }
    return issues;
}

} // namespace tessera::qa
