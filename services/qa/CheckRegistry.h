// CheckRegistry: every quality check Tessera has, by stable id, and the default project settings
// (all enabled, default severities, which checks block confirming and approving).
#pragma once

#include <memory>
#include <vector>

#include <QStringList>

#include "domain/QaSettings.h"

namespace tessera::qa {

class Check;

class CheckRegistry {
public:
    CheckRegistry(); // all built-in checks
    ~CheckRegistry();
    CheckRegistry(const CheckRegistry&) = delete;
    CheckRegistry& operator=(const CheckRegistry&) = delete;

    // The built-in checks, made once.
    static const CheckRegistry& standard();

    const std::vector<std::unique_ptr<Check>>& checks() const { return m_checks; }
    const Check* find(const QString& id) const; // null for an unknown id
    QStringList ids() const;

    // All checks on at their default severity except capitalization and spelling (opt-in); Confirm is blocked by empty,
    // placeables, tags, plurals and length, Approve by every check whose default severity is error.
    domain::QaSettings defaultSettings() const;

    // Check ids in `settings` that no check has, as "field: id" lines (a typo in a settings file).
    QStringList unknownIds(const domain::QaSettings& settings) const;

private:
    std::vector<std::unique_ptr<Check>> m_checks;
};

} // namespace tessera::qa
