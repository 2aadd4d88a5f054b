#include "Workspace.h"

#include <sqlite3.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>

#include "CommentRepository.h"
#include "Database.h"
#include "DocumentRepository.h"
#include "JobRepository.h"
#include "MtCacheRepository.h"
#include "OutboxRepository.h"
#include "ProjectRepository.h"
#include "QaSettingsRepository.h"
#include "ReviewRepository.h"
#include "Schema.h"
#include "SegmentBrowser.h"
#include "SegmentRepository.h"
#include "Statement.h"
#include "StoreLog.h"
#include "TaskRepository.h"
#include "TermRepository.h"
#include "TmRepository.h"
#include "UserRepository.h"
#include "domain/Id.h"

namespace tessera::store {

using domain::ErrorCode;
using domain::fail;
using domain::Result;

namespace {

const QString s_databaseName = QStringLiteral("tessera.db");

QString lockPath(const QString& path)
{
    return QFileInfo(path).isFile() ? path + QStringLiteral(".lock") : path + QStringLiteral("/tessera.lock");
}

struct Inspection {
    int userVersion = 0;
    int applicationId = 0;
    int objects = 0;
};

// Looks at an existing file read-only, so nothing is changed if it turns out not to be ours.
Result<Inspection> inspect(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(file, f.errorString()));
    const QByteArray header = f.read(16);
    if (header.isEmpty())
        return Inspection{};
    if (header != QByteArray("SQLite format 3\0", 16))
        return fail(ErrorCode::NotTesseraDatabase,
                    QStringLiteral("%1 is not a Tessera workspace database (not an SQLite file)").arg(file));
    auto db = Database::open(file, Database::Access::ReadOnly);
    if (!db)
        return std::unexpected(db.error());
    Inspection result;
    auto query = [&](const char* sql) -> Result<int> {
        auto stmt = (*db)->prepare(sql);
        if (!stmt)
            return std::unexpected(stmt.error());
        auto row = (*stmt)->step();
        if (!row)
            return std::unexpected(row.error());
        return *row ? int((*stmt)->int64(0)) : 0;
    };
    auto version = query("PRAGMA user_version");
    auto appId = query("PRAGMA application_id");
    auto objects = query("SELECT count(*) FROM sqlite_master");
    if (!version || !appId || !objects)
        return fail(ErrorCode::NotTesseraDatabase,
                    QStringLiteral("%1 is not a Tessera workspace database (unreadable SQLite file)").arg(file));
    result.userVersion = *version;
    result.applicationId = *appId;
    result.objects = *objects;
    if (result.applicationId != Schema::applicationId && (result.objects > 0 || result.userVersion > 0))
        return fail(ErrorCode::NotTesseraDatabase,
                    QStringLiteral("%1 is an SQLite database of another program, not a Tessera workspace").arg(file));
    if (result.userVersion > Schema::currentVersion())
        return fail(ErrorCode::NewerSchema,
                    QStringLiteral("%1 has schema version %2, made by a newer Tessera; this one knows up to version "
                                   "%3. Nothing was changed; use a newer Tessera.")
                        .arg(file)
                        .arg(result.userVersion)
                        .arg(Schema::currentVersion()));
    return result;
}

Result<void> takeLock(QLockFile& lock, const QString& workspace)
{
    lock.setStaleLockTime(0); // only a dead owner makes the lock stale
    if (lock.tryLock(0))
        return {};
    if (lock.error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        lock.getLockInfo(&pid, &host, &app);
        return fail(ErrorCode::Locked, QStringLiteral("workspace %1 is being written by another program (%2, process "
                                                      "%3 on %4); close it first")
                                           .arg(workspace, app.isEmpty() ? QStringLiteral("Tessera") : app)
                                           .arg(pid)
                                           .arg(host));
    }
    return fail(ErrorCode::NotWritable, QStringLiteral("cannot write the workspace %1: cannot create its lock file %2")
                                            .arg(workspace, lock.fileName()));
}

} // namespace

Workspace::Workspace(QString path, Access access, const domain::Clock& clock)
    : m_path(std::move(path))
    , m_access(access)
    , m_clock(clock)
{}

Workspace::~Workspace() = default;

QString Workspace::defaultPath()
{
    const QString fromEnv = qEnvironmentVariable("TESSERA_WORKSPACE");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/tessera/workspace");
}

QString Workspace::databasePath(const QString& path)
{
    return QFileInfo(path).isFile() ? path : QDir(path).filePath(s_databaseName);
}

QString Workspace::databasePath() const
{
    return databasePath(m_path);
}

void Workspace::makeRepositories()
{
    Database& dbRef = *m_db;
    m_projects = std::make_unique<ProjectRepository>(dbRef, m_clock);
    m_documents = std::make_unique<DocumentRepository>(dbRef, m_clock);
    m_outbox = std::make_unique<OutboxRepository>(dbRef, m_clock);
    m_segments = std::make_unique<SegmentRepository>(dbRef, m_clock, *m_outbox);
    m_segmentBrowser = std::make_unique<SegmentBrowser>(dbRef);
    m_users = std::make_unique<UserRepository>(dbRef);
    m_tm = std::make_unique<TmRepository>(dbRef, m_clock);
    m_terms = std::make_unique<TermRepository>(dbRef);
    m_qaSettings = std::make_unique<QaSettingsRepository>(dbRef, m_clock);
    m_mtCache = std::make_unique<MtCacheRepository>(dbRef, m_clock);
    m_tasks = std::make_unique<TaskRepository>(dbRef);
    m_reviews = std::make_unique<ReviewRepository>(dbRef, m_clock);
    m_comments = std::make_unique<CommentRepository>(dbRef, m_clock);
    m_jobs = std::make_unique<JobRepository>(dbRef);
}

Result<std::unique_ptr<Workspace>> Workspace::openConnection(const Workspace& writer)
{
    if (writer.access() != Access::ReadWrite)
        return fail(ErrorCode::NotWritable,
                    QStringLiteral("workspace %1 is open read-only; a worker needs it read-write").arg(writer.path()));
    std::unique_ptr<Workspace> ws(new Workspace(writer.m_path, Access::ReadWrite, writer.m_clock));
    auto db = Database::open(writer.databasePath(), Database::Access::ReadWrite);
    if (!db)
        return std::unexpected(db.error());
    ws->m_db = std::move(*db);
    ws->m_clientId = writer.m_clientId;
    ws->makeRepositories();
    return ws;
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, Access access, const domain::Clock& clock)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(absolute);
    std::unique_ptr<Workspace> ws(new Workspace(absolute, access, clock));
    const QString dbFile = databasePath(absolute);

    if (access == Access::ReadOnly) {
        if (!QFileInfo::exists(dbFile))
            return fail(ErrorCode::NotFound, QStringLiteral("no Tessera workspace at %1").arg(absolute));
    } else if (!info.isFile()) {
        if (info.exists() && !info.isDir())
            return fail(ErrorCode::NotWritable, QStringLiteral("workspace path %1 is not a folder").arg(absolute));
        if (!QDir().mkpath(absolute))
            return fail(
                ErrorCode::NotWritable,
                QStringLiteral("cannot create the workspace folder %1 (is its parent writable?)").arg(absolute));
    }

    if (QFileInfo::exists(dbFile)) {
        if (auto checked = inspect(dbFile); !checked)
            return std::unexpected(checked.error());
    }

    if (access == Access::ReadWrite) {
        ws->m_lock = std::make_unique<QLockFile>(lockPath(absolute));
        if (auto locked = takeLock(*ws->m_lock, absolute); !locked)
            return std::unexpected(locked.error());
        if (QFileInfo::exists(dbFile) && !QFileInfo(dbFile).isWritable())
            return fail(ErrorCode::NotWritable, QStringLiteral("the workspace database %1 is read-only").arg(dbFile));
    }

    auto db =
        Database::open(dbFile, access == Access::ReadWrite ? Database::Access::ReadWrite : Database::Access::ReadOnly);
    if (!db) {
        auto error = db.error();
        error.code = access == Access::ReadWrite ? ErrorCode::NotWritable : error.code;
        return std::unexpected(error);
    }
    ws->m_db = std::move(*db);

    if (access == Access::ReadWrite) {
        if (auto migrated = Schema::migrate(*ws->m_db); !migrated)
            return std::unexpected(migrated.error());
    } else if (ws->m_db->userVersion() != Schema::currentVersion()) {
        return fail(ErrorCode::NewerSchema, QStringLiteral("workspace %1 has schema version %2 and must be upgraded; "
                                                           "open it once for writing")
                                                .arg(absolute)
                                                .arg(ws->m_db->userVersion()));
    }

    ws->makeRepositories();

    auto clientId = ws->m_db->prepare("SELECT value FROM workspace_info WHERE key = 'client_id'");
    if (!clientId)
        return std::unexpected(clientId.error());
    if (auto row = (*clientId)->step(); row && *row)
        ws->m_clientId = (*clientId)->text(0);
    (*clientId)->reset();
    if (ws->m_clientId.isEmpty() && access == Access::ReadWrite) {
        ws->m_clientId = domain::newId();
        auto insert = ws->m_db->prepare("INSERT INTO workspace_info(key, value) VALUES ('client_id', ?)");
        if (!insert)
            return std::unexpected(insert.error());
        if (auto done = (*insert)->bindAll(ws->m_clientId).run(); !done)
            return std::unexpected(done.error());
    }
    qCInfo(lcStore) << "opened workspace" << absolute << (access == Access::ReadWrite ? "read-write" : "read-only");
    return ws;
}

} // namespace tessera::store
