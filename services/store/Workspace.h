// Workspace: one folder (or one database file) holding a user's projects; opens, checks, locks and
// migrates its database and hands out the repositories.
#pragma once

#include <memory>

#include <QString>

#include "domain/Result.h"

class QLockFile;

namespace tessera::domain {
class Clock;
}

namespace tessera::store {

class Database;
class ProjectRepository;
class DocumentRepository;
class SegmentRepository;
class SegmentBrowser;
class UserRepository;
class TmRepository;
class TermRepository;
class TaskRepository;
class ReviewRepository;
class CommentRepository;
class OutboxRepository;
class QaSettingsRepository;
class JobRepository;
class MtCacheRepository;

class Workspace {
public:
    enum class Access { ReadOnly, ReadWrite };

    // `path` is a folder (its database is tessera.db inside) or an existing database file.
    // ReadWrite creates what is missing, takes the writer lock and migrates; a file that is not a
    // Tessera database, a newer schema or a lock held by another process is refused untouched.
    static domain::Result<std::unique_ptr<Workspace>> open(const QString& path, Access access,
                                                           const domain::Clock& clock);
    // $TESSERA_WORKSPACE, else the per-user default under the generic data location.
    // Another read-write connection to the database of `writer` (open read-write in this process, so
    // holding the writer lock and migrated), for a worker thread: no lock taken, no migration. Use it
    // on one thread only; SQLite's busy timeout orders its transactions with the other connections'.
    static domain::Result<std::unique_ptr<Workspace>> openConnection(const Workspace& writer);
    static QString defaultPath();
    static QString databasePath(const QString& path);

    ~Workspace();

    QString path() const { return m_path; }
    QString databasePath() const;
    Access access() const { return m_access; }
    QString clientId() const { return m_clientId; }
    const domain::Clock& clock() const { return m_clock; }
    Database& database() { return *m_db; }

    ProjectRepository& projects() { return *m_projects; }
    DocumentRepository& documents() { return *m_documents; }
    SegmentRepository& segments() { return *m_segments; }
    SegmentBrowser& segmentBrowser() { return *m_segmentBrowser; }
    UserRepository& users() { return *m_users; }
    TmRepository& tm() { return *m_tm; }
    TermRepository& terms() { return *m_terms; }
    TaskRepository& tasks() { return *m_tasks; }
    ReviewRepository& reviews() { return *m_reviews; }
    CommentRepository& comments() { return *m_comments; }
    OutboxRepository& outbox() { return *m_outbox; }
    QaSettingsRepository& qaSettings() { return *m_qaSettings; }
    JobRepository& jobs() { return *m_jobs; }
    MtCacheRepository& mtCache() { return *m_mtCache; }

private:
    Workspace(QString path, Access access, const domain::Clock& clock);
    void makeRepositories();

    QString m_path;
    Access m_access;
    const domain::Clock& m_clock;
    QString m_clientId;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ProjectRepository> m_projects;
    std::unique_ptr<DocumentRepository> m_documents;
    std::unique_ptr<SegmentRepository> m_segments;
    std::unique_ptr<SegmentBrowser> m_segmentBrowser;
    std::unique_ptr<UserRepository> m_users;
    std::unique_ptr<TmRepository> m_tm;
    std::unique_ptr<TermRepository> m_terms;
    std::unique_ptr<TaskRepository> m_tasks;
    std::unique_ptr<ReviewRepository> m_reviews;
    std::unique_ptr<CommentRepository> m_comments;
    std::unique_ptr<OutboxRepository> m_outbox;
    std::unique_ptr<QaSettingsRepository> m_qaSettings;
    std::unique_ptr<JobRepository> m_jobs;
    std::unique_ptr<MtCacheRepository> m_mtCache;
};

} // namespace tessera::store
