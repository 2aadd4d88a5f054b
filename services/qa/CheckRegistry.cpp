// CheckRegistry: the order here is the order of the report (most severe kinds first).
#include "CheckRegistry.h"

#include "Check.h"
#include "checks/AcceleratorsCheck.h"
#include "checks/BracketsCheck.h"
#include "checks/CapitalizationCheck.h"
#include "checks/EmptyCheck.h"
#include "checks/EscapesCheck.h"
#include "checks/ForbiddenTermCheck.h"
#include "checks/InconsistentSourceCheck.h"
#include "checks/InconsistentTranslationCheck.h"
#include "checks/LengthCheck.h"
#include "checks/NumbersCheck.h"
#include "checks/PlaceablesCheck.h"
#include "checks/PluralsCheck.h"
#include "checks/PunctuationCheck.h"
#include "checks/RepeatedWordsCheck.h"
#include "checks/SameAsSourceCheck.h"
#include "checks/SpellingCheck.h"
#include "checks/TagsCheck.h"
#include "checks/TerminologyCheck.h"
#include "checks/UrlsCheck.h"
#include "checks/WhitespaceCheck.h"

namespace tessera::qa {

CheckRegistry::CheckRegistry()
{
    m_checks.push_back(std::make_unique<checks::EmptyCheck>());
    m_checks.push_back(std::make_unique<checks::PlaceablesCheck>());
    m_checks.push_back(std::make_unique<checks::TagsCheck>());
    m_checks.push_back(std::make_unique<checks::PluralsCheck>());
    m_checks.push_back(std::make_unique<checks::LengthCheck>());
    m_checks.push_back(std::make_unique<checks::ForbiddenTermCheck>());
    m_checks.push_back(std::make_unique<checks::TerminologyCheck>());
    m_checks.push_back(std::make_unique<checks::NumbersCheck>());
    m_checks.push_back(std::make_unique<checks::UrlsCheck>());
    m_checks.push_back(std::make_unique<checks::EscapesCheck>());
    m_checks.push_back(std::make_unique<checks::AcceleratorsCheck>());
    m_checks.push_back(std::make_unique<checks::WhitespaceCheck>());
    m_checks.push_back(std::make_unique<checks::PunctuationCheck>());
    m_checks.push_back(std::make_unique<checks::BracketsCheck>());
    m_checks.push_back(std::make_unique<checks::RepeatedWordsCheck>());
    m_checks.push_back(std::make_unique<checks::SameAsSourceCheck>());
    m_checks.push_back(std::make_unique<checks::InconsistentTranslationCheck>());
    m_checks.push_back(std::make_unique<checks::InconsistentSourceCheck>());
    m_checks.push_back(std::make_unique<checks::CapitalizationCheck>());
    m_checks.push_back(std::make_unique<checks::SpellingCheck>());
}

CheckRegistry::~CheckRegistry() = default;

const CheckRegistry& CheckRegistry::standard()
{
    static const CheckRegistry registry;
    return registry;
}

const Check* CheckRegistry::find(const QString& id) const
{
    for (const auto& check : m_checks) {
        if (check->id() == id)
            return check.get();
    }
    return nullptr;
}

QStringList CheckRegistry::ids() const
{
    QStringList ids;
    for (const auto& check : m_checks)
        ids.append(check->id());
    return ids;
}

domain::QaSettings CheckRegistry::defaultSettings() const
{
    domain::QaSettings settings;
    // Hunspell flags most technical compounds ("Dateideskriptor"): on real catalogues 28 of 30 words
    // it reported were right, so a project turns spelling on when it wants it (docs/QA.md).
    // Capitalization too: catalogues follow their own convention for fragments (Russian command
    // descriptions in lower case), and 10 of 10 sampled hits were such (docs/QA.md).
    settings.disabled = {QStringLiteral("capitalization"), QStringLiteral("spelling")};
    settings.blockConfirm = {QStringLiteral("empty"), QStringLiteral("placeables"), QStringLiteral("tags"),
                             QStringLiteral("plurals"), QStringLiteral("length")};
    for (const auto& check : m_checks) {
        if (check->defaultSeverity() == Severity::Error)
            settings.blockApprove.append(check->id());
    }
    return settings;
}

QStringList CheckRegistry::unknownIds(const domain::QaSettings& settings) const
{
    QStringList unknown;
    const QStringList known = ids();
    auto look = [&](const QString& field, const QStringList& list) {
        for (const QString& id : list) {
            if (!known.contains(id))
                unknown.append(field + QStringLiteral(": ") + id);
        }
    };
    look(QStringLiteral("disabled"), settings.disabled);
    look(QStringLiteral("severities"), settings.severities.keys());
    look(QStringLiteral("block_confirm"), settings.blockConfirm);
    look(QStringLiteral("block_approve"), settings.blockApprove);
    return unknown;
}

} // namespace tessera::qa
