// ProjectRepository: projects in the workspace database.
#pragma once

#include <QList>

#include "domain/Project.h"
#include "domain/Result.h"

namespace tessera::domain {
class Clock;
}

namespace tessera::store {

class Database;
class Statement;

class ProjectRepository {
public:
    ProjectRepository(Database& db, const domain::Clock& clock);

    // Stores a new project; an empty id is made here. Names are unique.
    domain::Result<domain::Project> create(domain::Project project);
    domain::Result<QList<domain::Project>> list();
    domain::Result<domain::Project> find(const QString& id);
    // An id, or a name that matches exactly one project.
    domain::Result<domain::Project> resolve(const QString& idOrName);
    // The state pretranslation gives exact matches in this project (Translated or Draft); rev goes up.
    domain::Result<void> setExactMatchState(const QString& id, domain::SegmentState state);
    // The folder with the project's source code (stored as given; empty clears it); rev goes up.
    domain::Result<void> setSourceDir(const QString& id, const QString& sourceDir);

private:
    static domain::Result<void> checkExactMatchState(domain::SegmentState state);
    static domain::Project read(const Statement& row);
    Database& m_db;
    const domain::Clock& m_clock;
};

} // namespace tessera::store
