#include "TaskRepository.h"

#include "Database.h"
#include "Json.h"
#include "Statement.h"
#include "domain/Id.h"

namespace tessera::store {

using domain::Result;
using domain::Task;

TaskRepository::TaskRepository(Database& db)
    : m_db(db)
{}

Result<Task> TaskRepository::create(Task task)
{
    if (task.id.isEmpty())
        task.id = domain::newId();
    return m_db
        .prepare("INSERT INTO tasks(id, project_id, document_id, lang, step, assignee, deadline, status, rev) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .and_then([&](Statement* s) {
            return s
                ->bindAll(task.id, task.projectId, OrNull{task.documentId}, task.language, task.step,
                          OrNull{task.assignee}, OrNull{json::fromDate(task.deadline)}, task.status, task.rev)
                .run();
        })
        .transform([&] { return task; });
}

Result<QList<Task>> TaskRepository::listForProject(const QString& projectId)
{
    return m_db
        .prepare("SELECT id, project_id, document_id, lang, step, assignee, deadline, status, rev FROM tasks "
                 "WHERE project_id = ? ORDER BY deadline IS NULL, deadline, lang")
        .and_then([&](Statement* s) {
            return s->bindAll(projectId).collect([](const Statement& row) {
                return Task{row.text(0),
                            row.text(1),
                            row.text(2),
                            row.text(3),
                            row.text(4),
                            row.text(5),
                            json::toDate(row.text(6)),
                            row.text(7),
                            row.int64(8)};
            });
        });
}

} // namespace tessera::store
