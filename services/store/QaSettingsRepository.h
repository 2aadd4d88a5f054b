// QaSettingsRepository: each project's quality-check settings in the workspace database.
#pragma once

#include <optional>

#include "domain/QaSettings.h"
#include "domain/Result.h"

namespace tessera::domain {
class Clock;
}

namespace tessera::store {

class Database;
class Statement;

class QaSettingsRepository {
public:
    QaSettingsRepository(Database& db, const domain::Clock& clock);

    // The project's stored settings, or nothing when it never saved any (then the registry's
    // defaults apply).
    domain::Result<std::optional<domain::QaSettings>> find(const QString& projectId);

    // Stores the settings, replacing what the project had; settings.rev must be the rev that was read
    // (0 when there was none), else Conflict. Returns them with the new rev. A severity other than
    // error, warning or info, or a negative max length, is InvalidInput naming the field.
    domain::Result<domain::QaSettings> save(const QString& projectId, domain::QaSettings settings);

private:
    static domain::QaSettings read(const Statement& row);
    Database& m_db;
    const domain::Clock& m_clock;
};

} // namespace tessera::store
