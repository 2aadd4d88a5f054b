#include "ProjectRepository.h"

#include "Database.h"
#include "Json.h"
#include "Statement.h"
#include "domain/Clock.h"
#include "domain/Id.h"

namespace tessera::store {

using domain::ErrorCode;
using domain::Project;
using domain::Result;

namespace {
const std::string s_projectColumns =
    "SELECT id, name, source_lang, target_langs, deadline, client, workflow, created_at, rev, exact_match_state, "
    "source_dir FROM projects ";
}

ProjectRepository::ProjectRepository(Database& db, const domain::Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

Project ProjectRepository::read(const Statement& row)
{
    Project p;
    p.id = row.text(0);
    p.name = row.text(1);
    p.sourceLanguage = row.text(2);
    p.targetLanguages = json::toList(row.text(3));
    p.deadline = json::toDate(row.text(4));
    p.client = row.text(5);
    p.workflow = json::toList(row.text(6));
    p.createdAt = json::toDateTime(row.text(7));
    p.rev = row.int64(8);
    p.exactMatchState = static_cast<domain::SegmentState>(row.int64(9));
    p.sourceDir = row.text(10);
    return p;
}

Result<Project> ProjectRepository::create(Project project)
{
    if (project.name.trimmed().isEmpty())
        return domain::fail(ErrorCode::InvalidInput, QStringLiteral("a project needs a name"));
    if (project.id.isEmpty())
        project.id = domain::newId();
    if (!project.createdAt.isValid())
        project.createdAt = m_clock.now();
    if (auto existing = resolve(project.name); existing)
        return domain::fail(ErrorCode::Conflict,
                            QStringLiteral("a project named \"%1\" already exists").arg(project.name));
    if (auto valid = checkExactMatchState(project.exactMatchState); !valid)
        return std::unexpected(valid.error());
    auto stmt =
        m_db.prepare("INSERT INTO projects(id, name, source_lang, target_langs, deadline, client, workflow, "
                     "created_at, rev, exact_match_state, source_dir) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!stmt)
        return std::unexpected(stmt.error());
    auto done = (*stmt)
                    ->bindAll(project.id, project.name, project.sourceLanguage, json::fromList(project.targetLanguages),
                              OrNull{json::fromDate(project.deadline)}, project.client,
                              json::fromList(project.workflow), json::fromDateTime(project.createdAt), project.rev,
                              int(project.exactMatchState), project.sourceDir)
                    .run();
    if (!done)
        return std::unexpected(done.error());
    return project;
}

Result<void> ProjectRepository::checkExactMatchState(domain::SegmentState state)
{
    if (state == domain::SegmentState::Translated || state == domain::SegmentState::Draft)
        return {};
    return std::unexpected(domain::Error{ErrorCode::InvalidInput,
                                         QStringLiteral("exact matches are filled as translated or draft, not %1")
                                             .arg(domain::stateName(state).toLower()),
                                         {},
                                         0,
                                         0,
                                         QStringLiteral("exact_match_state")});
}

Result<void> ProjectRepository::setExactMatchState(const QString& id, domain::SegmentState state)
{
    if (auto valid = checkExactMatchState(state); !valid)
        return valid;
    if (auto project = find(id); !project)
        return std::unexpected(project.error());
    auto stmt = m_db.prepare("UPDATE projects SET exact_match_state = ?, rev = rev + 1 WHERE id = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    return (*stmt)->bindAll(int(state), id).run();
}

Result<void> ProjectRepository::setSourceDir(const QString& id, const QString& sourceDir)
{
    if (auto project = find(id); !project)
        return std::unexpected(project.error());
    auto stmt = m_db.prepare("UPDATE projects SET source_dir = ?, rev = rev + 1 WHERE id = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    return (*stmt)->bindAll(sourceDir, id).run();
}

Result<QList<Project>> ProjectRepository::list()
{
    auto stmt = m_db.prepare(s_projectColumns + "ORDER BY name COLLATE NOCASE");
    if (!stmt)
        return std::unexpected(stmt.error());
    return (*stmt)->collect(read);
}

Result<Project> ProjectRepository::find(const QString& id)
{
    auto stmt = m_db.prepare(s_projectColumns + "WHERE id = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    return (*stmt)->bindAll(id).one(read, QStringLiteral("no project with id %1").arg(id));
}

Result<Project> ProjectRepository::resolve(const QString& idOrName)
{
    if (auto byId = find(idOrName); byId || byId.error().code != ErrorCode::NotFound)
        return byId;
    auto stmt = m_db.prepare(s_projectColumns + "WHERE name = ? COLLATE NOCASE");
    if (!stmt)
        return std::unexpected(stmt.error());
    auto found = (*stmt)->bindAll(idOrName).collect(read);
    if (!found)
        return std::unexpected(found.error());
    const QList<Project>& matches = *found;
    if (matches.size() == 1)
        return matches.front();
    if (matches.isEmpty())
        return domain::fail(ErrorCode::NotFound, QStringLiteral("no project named or with id \"%1\"").arg(idOrName));
    return domain::fail(ErrorCode::Ambiguous,
                        QStringLiteral("%1 projects are named \"%2\"; use the id").arg(matches.size()).arg(idOrName));
}

} // namespace tessera::store
