// Tests opening workspaces: migrations, and refusing bad ones (not writable, not ours, newer, locked)
// without changing a byte.
#include <sqlite3.h>

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "FakeClock.h"
#include "domain/Document.h"
#include "store/Database.h"
#include "store/DocumentRepository.h"
#include "store/ProjectRepository.h"
#include "store/Schema.h"
#include "store/SegmentRepository.h"
#include "store/Statement.h"
#include "store/TmRepository.h"
#include "store/Workspace.h"

using namespace tessera;
using domain::ErrorCode;
using store::Workspace;

namespace {

QByteArray digest(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void runSql(const QString& file, const char* sql)
{
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(file.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
}

QStringList tables(store::Database& db)
{
    auto stmt =
        db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
    return QStringList((*stmt)->collect([](const store::Statement& row) { return row.text(0); })->toList());
}

} // namespace

class TestWorkspace : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createsAndMigratesFromEmpty();
    void migratesFromEveryOlderVersion();
    void versionTwoKeepsSegmentsAndAddsPreviousSource();
    void versionThreeKeepsSegmentsAndAddsTranslatorComment();
    void versionFiveListsTheTmsThatHaveUnits();
    void versionSixReadsOldOriginalsAndPacksNewOnes();
    void pragmasForDurability();
    void refusesBadWorkspaces_data();
    void refusesBadWorkspaces();
    void secondWriterIsRefusedButReadersAreNot();
    void readOnlyOfMissingWorkspaceSaysSo();

private:
    testsupport::FakeClock m_clock;
};

void TestWorkspace::createsAndMigratesFromEmpty()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nested/ws"));
    auto ws = Workspace::open(path, Workspace::Access::ReadWrite, m_clock);
    QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().describe()));
    QCOMPARE((*ws)->database().userVersion(), store::Schema::currentVersion());
    const QStringList names = tables((*ws)->database());
    for (const char* table : {"projects", "documents", "segments", "segment_revisions", "tm_units", "concepts", "terms",
                              "tasks", "review_decisions", "comments", "users", "outbox", "sync_cursors", "jobs"})
        QVERIFY2(names.contains(QLatin1String(table)), table);
    QVERIFY(!(*ws)->clientId().isEmpty());
    const QString clientId = (*ws)->clientId();
    ws->reset();
    auto again = Workspace::open(path, Workspace::Access::ReadWrite, m_clock);
    QVERIFY(again);
    QCOMPARE((*again)->clientId(), clientId); // stable: sync op ids depend on it
}

void TestWorkspace::migratesFromEveryOlderVersion()
{
    for (int from = 0; from < store::Schema::currentVersion(); ++from) {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("tessera.db"));
        {
            auto db = store::Database::open(file, store::Database::Access::ReadWrite);
            QVERIFY(db);
            QVERIFY(store::Schema::migrate(**db, from));
            QCOMPARE((*db)->userVersion(), from);
        }
        auto ws = Workspace::open(dir.path(), Workspace::Access::ReadWrite, m_clock);
        QVERIFY2(ws, qPrintable(
                         QStringLiteral("from version %1: %2").arg(from).arg(ws ? QString() : ws.error().describe())));
        QCOMPARE((*ws)->database().userVersion(), store::Schema::currentVersion());
        domain::Project p;
        p.name = QStringLiteral("After migration from %1").arg(from);
        p.sourceLanguage = QStringLiteral("en");
        QVERIFY((*ws)->projects().create(p));
        auto check = (*ws)->database().prepare("PRAGMA foreign_key_check");
        QCOMPARE((*check)->step().value_or(true), false);
        // Version 4's columns are there, whatever version the file started from.
        QVERIFY((*ws)->database().prepare("SELECT s.translator_comment, r.translator_comment FROM segments s "
                                          "JOIN segment_revisions r ON r.segment_id = s.id"));
    }
}

void TestWorkspace::versionTwoKeepsSegmentsAndAddsPreviousSource()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("tessera.db"));
    {
        auto db = store::Database::open(file, store::Database::Access::ReadWrite);
        QVERIFY(db);
        QVERIFY(store::Schema::migrate(**db, 1));
        QVERIFY((*db)->exec(
            "INSERT INTO projects(id, name, source_lang, created_at) VALUES ('p', 'P', 'en', '2026-11-23T09:00:00Z');"
            "INSERT INTO documents(id, project_id, name, format, target_lang, created_at) "
            "VALUES ('d', 'p', 'a.po', 'po', 'de', '2026-11-23T09:00:00Z');"
            "INSERT INTO segments(id, document_id, key, ord, source, targets, state, flags, updated_at) "
            "VALUES ('s', 'd', 'k', 1, 'Hello', '[\"Hallo\"]', 2, 2, '2026-11-23T09:00:00Z');"));
    }
    auto ws = Workspace::open(dir.path(), Workspace::Access::ReadWrite, m_clock);
    QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().describe()));
    QCOMPARE((*ws)->database().userVersion(), store::Schema::currentVersion());
    auto segment = (*ws)->segments().find(QStringLiteral("s"));
    QVERIFY2(segment, qPrintable(segment ? QString() : segment.error().describe()));
    QCOMPARE(segment->source, QStringLiteral("Hello"));
    QCOMPARE(segment->targets, QStringList{QStringLiteral("Hallo")});
    QCOMPARE(segment->previousSource, QString());
    QCOMPARE(segment->flags, domain::SegmentFlags(domain::SegmentFlag::NeedsWork));
}

void TestWorkspace::versionThreeKeepsSegmentsAndAddsTranslatorComment()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("tessera.db"));
    {
        auto db = store::Database::open(file, store::Database::Access::ReadWrite);
        QVERIFY(db);
        QVERIFY(store::Schema::migrate(**db, 3));
        QVERIFY((*db)->exec(
            "INSERT INTO projects(id, name, source_lang, created_at) VALUES ('p', 'P', 'en', '2026-11-23T09:00:00Z');"
            "INSERT INTO documents(id, project_id, name, format, target_lang, created_at) "
            "VALUES ('d', 'p', 'a.po', 'po', 'de', '2026-11-23T09:00:00Z');"
            "INSERT INTO segments(id, document_id, key, ord, source, targets, state, note, flags, rev, updated_at, "
            "previous_source) VALUES ('s', 'd', 'k', 1, 'Hello', '[\"Hallo\"]', 2, 'greeting', 0, 1, "
            "'2026-11-23T09:00:00Z', 'Hi');"
            "INSERT INTO segment_revisions(id, segment_id, rev, targets, state, author, created_at) "
            "VALUES ('r', 's', 1, '[\"Hallo\"]', 2, 'anna', '2026-11-23T09:00:00Z');"));
    }
    auto ws = Workspace::open(dir.path(), Workspace::Access::ReadWrite, m_clock);
    QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().describe()));
    QCOMPARE((*ws)->database().userVersion(), store::Schema::currentVersion());
    auto segment = (*ws)->segments().find(QStringLiteral("s"));
    QVERIFY2(segment, qPrintable(segment ? QString() : segment.error().describe()));
    QCOMPARE(segment->source, QStringLiteral("Hello"));
    QCOMPARE(segment->targets, QStringList{QStringLiteral("Hallo")});
    QCOMPARE(segment->context.note, QStringLiteral("greeting"));
    QCOMPARE(segment->previousSource, QStringLiteral("Hi"));
    QCOMPARE(segment->rev, 1);
    QCOMPARE(segment->translatorComment, QString());
    auto history = (*ws)->segments().revisions(QStringLiteral("s"));
    QVERIFY(history);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().targets, QStringList{QStringLiteral("Hallo")});
    QCOMPARE(history->first().translatorComment, QString());

    // The migrated row takes a comment like a new one, and keeps it across a reopen.
    store::SegmentEdit edit{QStringLiteral("s"), segment->targets, std::nullopt, 1, QStringLiteral("ben")};
    edit.translatorComment = QStringLiteral("checked with the glossary");
    QVERIFY((*ws)->segments().applyEdit(edit));
    ws->reset();
    auto again = Workspace::open(dir.path(), Workspace::Access::ReadWrite, m_clock);
    QVERIFY(again);
    auto reread = (*again)->segments().find(QStringLiteral("s"));
    QVERIFY(reread);
    QCOMPARE(reread->translatorComment, QStringLiteral("checked with the glossary"));
    QCOMPARE(reread->targets, QStringList{QStringLiteral("Hallo")});
    QCOMPARE((*again)->segments().revisions(QStringLiteral("s"))->last().translatorComment,
             QStringLiteral("checked with the glossary"));
}

void TestWorkspace::versionFiveListsTheTmsThatHaveUnits()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("tessera.db"));
    {
        auto db = store::Database::open(file, store::Database::Access::ReadWrite);
        QVERIFY(db);
        QVERIFY(store::Schema::migrate(**db, 4));
        QVERIFY((*db)->exec(
            "INSERT INTO tm_units(id, tm_name, source_lang, target_lang, source, target, created_at, changed_at, "
            "usage_count) VALUES ('u1', 'project', 'en', 'de', 'Save', 'Speichern', '2026-11-23T09:00:00.000Z', "
            "'2026-11-23T09:00:00.000Z', 2), ('u2', 'project', 'en', 'de', 'Open', 'Öffnen', "
            "'2026-11-23T09:00:00.000Z', '2026-11-23T09:00:00.000Z', 0), ('u3', 'legacy', 'en', 'fr', 'Open', "
            "'Ouvrir', '2026-11-23T09:00:00.000Z', '2026-11-23T09:00:00.000Z', 0);"));
    }
    auto ws = Workspace::open(dir.path(), Workspace::Access::ReadWrite, m_clock);
    QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().describe()));
    auto memories = (*ws)->tm().memories();
    QVERIFY(memories);
    QCOMPARE(memories->size(), 2);
    QCOMPARE(memories->at(0).name, QStringLiteral("legacy"));
    QCOMPARE(memories->at(1).name, QStringLiteral("project"));
    QCOMPARE(memories->at(1).penalty, 0);
    QVERIFY(!memories->at(1).readOnly);
    QCOMPARE(*(*ws)->tm().count(QStringLiteral("project")), 2);
    // Units kept: adding one again counts a use instead of duplicating.
    domain::TmUnit again;
    again.tmName = QStringLiteral("project");
    again.sourceLanguage = QStringLiteral("en");
    again.targetLanguage = QStringLiteral("de");
    again.source = QStringLiteral("Save");
    again.target = QStringLiteral("Speichern");
    auto stored = (*ws)->tm().store(again);
    QVERIFY(stored);
    QVERIFY(!stored->inserted);
    QCOMPARE(stored->unit.id, QStringLiteral("u1"));
    QCOMPARE(stored->unit.usageCount, 3);

    // Version 8: counts per TM and the units revision kept by triggers.
    const auto before = (*ws)->tm().memory(QStringLiteral("project"));
    QVERIFY(before);
    QCOMPARE(before->unitCount, 2);
    again.source = QStringLiteral("Save as");
    again.target = QStringLiteral("Speichern unter");
    QVERIFY((*ws)->tm().store(again));
    const auto after = (*ws)->tm().memory(QStringLiteral("project"));
    QCOMPARE(after->unitCount, 3);
    QCOMPARE(after->unitsRev, before->unitsRev + 1);
    QVERIFY((*ws)->tm().remove(stored->rowId));
    QCOMPARE((*ws)->tm().memory(QStringLiteral("project"))->unitCount, 2);
}

void TestWorkspace::versionSixReadsOldOriginalsAndPacksNewOnes()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("tessera.db"));
    const QByteArray oldOriginal = "msgid \"Open\"\nmsgstr \"\"\n";
    {
        auto db = store::Database::open(file, store::Database::Access::ReadWrite);
        QVERIFY(db);
        QVERIFY(store::Schema::migrate(**db, 5));
        QVERIFY((*db)->exec("INSERT INTO projects(id, name, source_lang, target_langs, created_at) VALUES ('p', 'P', "
                            "'en', '[\"de\"]', '2026-11-23T09:00:00.000Z');"
                            "INSERT INTO documents(id, project_id, name, format, target_lang, original, created_at) "
                            "VALUES ('d', 'p', 'old.po', 'po', 'de', CAST('msgid \"Open\"' || char(10) || "
                            "'msgstr \"\"' || char(10) AS BLOB), '2026-11-23T09:00:00.000Z');"));
    }
    auto ws = Workspace::open(dir.path(), Workspace::Access::ReadWrite, m_clock);
    QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().describe()));
    QCOMPARE(*(*ws)->documents().original(QStringLiteral("d")), oldOriginal);
    QCOMPARE(*(*ws)->documents().translation(QStringLiteral("d")), QByteArray());

    // A new document's files are stored packed and read back byte for byte.
    QByteArray big;
    for (int i = 0; i < 20000; ++i)
        big += "<trans-unit id=\"" + QByteArray::number(i) + "\"><source>Open the file</source></trans-unit>\n";
    domain::Document document;
    document.projectId = QStringLiteral("p");
    document.name = QStringLiteral("new.android.xml");
    document.format = QStringLiteral("android");
    document.targetLanguage = QStringLiteral("de");
    document.original = big;
    document.translation = "<resources/>\n";
    auto created = (*ws)->documents().create(document);
    QVERIFY(created);
    QCOMPARE(*(*ws)->documents().original(created->id), big);
    QCOMPARE(*(*ws)->documents().translation(created->id), QByteArray("<resources/>\n"));
    auto stored = (*ws)->database().prepare("SELECT length(original), original_codec FROM documents WHERE id = ?");
    auto row = (*stored)
                   ->bindAll(created->id)
                   .one([](const store::Statement& r) { return std::pair{r.int64(0), r.int64(1)}; }, QString());
    QVERIFY(row);
    QCOMPARE(row->second, 1);
    QVERIFY2(row->first < big.size() / 10, qPrintable(QString::number(row->first)));

    // A damaged copy is an error naming the document, not a truncated export.
    QVERIFY((*ws)->database().exec(
        ("UPDATE documents SET original = substr(original, 1, 40) WHERE id = '" + created->id + "'").toStdString()));
    auto damaged = (*ws)->documents().original(created->id);
    QVERIFY(!damaged);
    QVERIFY2(damaged.error().message.contains(QStringLiteral("new.android.xml")), qPrintable(damaged.error().message));
}

void TestWorkspace::pragmasForDurability()
{
    QTemporaryDir dir;
    auto ws = Workspace::open(dir.path(), Workspace::Access::ReadWrite, m_clock);
    QVERIFY(ws);
    auto value = [&](const char* sql) {
        auto stmt = (*ws)->database().prepare(sql);
        return (*stmt)->one([](const store::Statement& row) { return row.text(0); }, QString()).value_or(QString());
    };
    QCOMPARE(value("PRAGMA journal_mode"), QStringLiteral("wal"));
    QCOMPARE(value("PRAGMA foreign_keys"), QStringLiteral("1"));
    QCOMPARE(value("PRAGMA synchronous"), QStringLiteral("2")); // FULL
    QCOMPARE(value("PRAGMA application_id"), QString::number(store::Schema::applicationId));
}

void TestWorkspace::refusesBadWorkspaces_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("text file") << "text" << int(ErrorCode::NotTesseraDatabase) << "not an SQLite file";
    QTest::newRow("another program's SQLite") << "foreign" << int(ErrorCode::NotTesseraDatabase) << "another program";
    QTest::newRow("newer schema") << "newer" << int(ErrorCode::NewerSchema) << "newer Tessera";
    QTest::newRow("below a regular file") << "unwritable" << int(ErrorCode::NotWritable) << "cannot create";
}

void TestWorkspace::refusesBadWorkspaces()
{
    QFETCH(QString, kind);
    QFETCH(int, code);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("tessera.db"));
    if (kind == QLatin1String("text") || kind == QLatin1String("unwritable")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("msgid \"hello\"\nmsgstr \"hallo\"\n");
    } else if (kind == QLatin1String("foreign")) {
        runSql(path, "CREATE TABLE moz_bookmarks(id INTEGER PRIMARY KEY, title TEXT); INSERT INTO moz_bookmarks "
                     "VALUES (1, 'kept');");
    } else if (kind == QLatin1String("newer")) {
        {
            auto ws = Workspace::open(dir.path(), Workspace::Access::ReadWrite, m_clock);
            QVERIFY(ws);
        }
        runSql(path, QStringLiteral("PRAGMA user_version = %1").arg(store::Schema::currentVersion() + 1).toUtf8());
    }
    const QByteArray before = digest(path);
    const QString target = kind == QLatin1String("unwritable") ? path + QStringLiteral("/workspace")
                           : kind == QLatin1String("newer")    ? dir.path()
                                                               : path;
    for (auto access : {Workspace::Access::ReadWrite, Workspace::Access::ReadOnly}) {
        if (kind == QLatin1String("unwritable") && access == Workspace::Access::ReadOnly)
            continue;
        auto ws = Workspace::open(target, access, m_clock);
        QVERIFY(!ws);
        QCOMPARE(int(ws.error().code), code);
        QVERIFY2(ws.error().describe().contains(mentions), qPrintable(ws.error().describe()));
        QCOMPARE(digest(path), before);
    }
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || kind == QLatin1String("newer"));
}

void TestWorkspace::secondWriterIsRefusedButReadersAreNot()
{
    QTemporaryDir dir;
    auto writer = Workspace::open(dir.path(), Workspace::Access::ReadWrite, m_clock);
    QVERIFY(writer);
    auto second = Workspace::open(dir.path(), Workspace::Access::ReadWrite, m_clock);
    QVERIFY(!second);
    QCOMPARE(second.error().code, ErrorCode::Locked);
    QVERIFY2(second.error().message.contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(second.error().message));
    auto reader = Workspace::open(dir.path(), Workspace::Access::ReadOnly, m_clock);
    QVERIFY2(reader, qPrintable(reader ? QString() : reader.error().describe()));
    QVERIFY((*reader)->projects().list());
    writer->reset();
    auto afterClose = Workspace::open(dir.path(), Workspace::Access::ReadWrite, m_clock);
    QVERIFY(afterClose);
}

void TestWorkspace::readOnlyOfMissingWorkspaceSaysSo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing"));
    auto ws = Workspace::open(path, Workspace::Access::ReadOnly, m_clock);
    QVERIFY(!ws);
    QCOMPARE(ws.error().code, ErrorCode::NotFound);
    QVERIFY(ws.error().message.contains(path));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "TestWorkspace.moc"
