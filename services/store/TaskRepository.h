// TaskRepository: workflow tasks with assignees and deadlines.
#pragma once

#include <QList>

#include "domain/Result.h"
#include "domain/Task.h"

namespace tessera::store {

class Database;

class TaskRepository {
public:
    explicit TaskRepository(Database& db);

    domain::Result<domain::Task> create(domain::Task task);
    domain::Result<QList<domain::Task>> listForProject(const QString& projectId);

private:
    Database& m_db;
};

} // namespace tessera::store
