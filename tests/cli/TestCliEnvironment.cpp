// TestCli, part three: environment problems (exit 4): a file that is no workspace, a newer schema,
// a path that cannot be written, another writer holding the lock. Nothing may be changed.
#include "TestCli.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <sqlite3.h>

#include "TempWorkspace.h"
#include "demo/DemoSeeder.h"
#include "store/SegmentRepository.h"

using tessera::testsupport::CliRun;
using tessera::testsupport::readFile;
using tessera::testsupport::writeFile;

namespace {

// Commands that read (ReadOnly) and that write (ReadWrite) must both refuse.
void addCommandRows()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("project list") << QStringList{QStringLiteral("project"), QStringLiteral("list")};
    QTest::newRow("segment list") << QStringList{QStringLiteral("segment"),   QStringLiteral("list"),
                                                 QStringLiteral("--project"), QStringLiteral("Larkspur Notes 2.4"),
                                                 QStringLiteral("--lang"),    QStringLiteral("de")};
    QTest::newRow("demo create") << QStringList{QStringLiteral("demo"), QStringLiteral("create")};
    QTest::newRow("project create") << QStringList{QStringLiteral("project"), QStringLiteral("create"),
                                                   QStringLiteral("X"),       QStringLiteral("--source-lang"),
                                                   QStringLiteral("en"),      QStringLiteral("--target-langs"),
                                                   QStringLiteral("de")};
    QTest::newRow("segment set") << QStringList{QStringLiteral("segment"), QStringLiteral("set"),
                                                QStringLiteral("00000000-0000-0000-0000-000000000000"),
                                                QStringLiteral("--state"), QStringLiteral("draft")};
}

} // namespace

void TestCli::notADatabase_data()
{
    addCommandRows();
}

void TestCli::notADatabase()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("notes.txt"));
    const QByteArray bytes = QByteArray("These are my notes, not a Tessera workspace.\n").repeated(200);
    QVERIFY(writeFile(file, bytes));

    expectError(m_cli.run(file, arguments), 4, QStringLiteral("not a Tessera workspace"));
    QCOMPARE(readFile(file), bytes);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{"notes.txt"});
}

void TestCli::newerSchema_data()
{
    addCommandRows();
}

void TestCli::newerSchema()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    QCOMPARE(m_cli.run(dir.path(), args({"demo", "create"})).exitCode, 0);
    const QString database = dir.filePath(QStringLiteral("tessera.db"));
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(database.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "PRAGMA user_version = 9999", nullptr, nullptr, nullptr), SQLITE_OK);
    QCOMPARE(sqlite3_close(db), SQLITE_OK);
    const QByteArray bytes = readFile(database);
    QVERIFY(bytes.startsWith("SQLite format 3"));

    expectError(m_cli.run(dir.path(), arguments), 4, QStringLiteral("newer"));
    QCOMPARE(readFile(database), bytes);
    QVERIFY(!QFile::exists(database + QStringLiteral("-wal")) ||
            QFileInfo(database + QStringLiteral("-wal")).size() == 0);
}

void TestCli::notWritable_data()
{
    addCommandRows();
}

void TestCli::notWritable()
{
    QFETCH(QStringList, arguments);
    // Root ignores permission bits, so the unwritable path is one below a regular file.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plain-file"));
    QVERIFY(writeFile(file, "just a file\n"));
    const QString workspace = file + QStringLiteral("/workspace");

    const CliRun run = m_cli.run(workspace, arguments);
    expectError(run, 4, workspace);
    QCOMPARE(readFile(file), QByteArray("just a file\n"));
}

void TestCli::lockedByAnotherWriter()
{
    // This process holds the writer lock, as the desktop app would.
    tessera::testsupport::TempWorkspace held;
    QVERIFY2(held.isValid(), qPrintable(held.error()));
    auto seeded = tessera::demo::DemoSeeder(*held).seed();
    QVERIFY(seeded.has_value());
    auto segments = held->segments().list({seeded->projectId, QStringLiteral("de"), {}, {}});
    QVERIFY(segments.has_value() && !segments->isEmpty());
    const tessera::domain::Segment segment = segments->at(0);

    const CliRun set = m_cli.run(held.path(), QStringList{QStringLiteral("segment"), QStringLiteral("set"), segment.id,
                                                          QStringLiteral("--target"), QStringLiteral("changed")});
    expectError(set, 4, QStringLiteral("in use"));
    QVERIFY2(set.err.contains("another program"), set.describe());
    expectError(m_cli.run(held.path(), args({"demo", "create"})), 4, QStringLiteral("in use"));

    // Readers do not need the lock.
    const CliRun listed = m_cli.run(held.path(), args({"project", "list"}));
    QVERIFY2(listed.exitCode == 0 && listed.out.contains("Larkspur Notes 2.4"), listed.describe());

    auto after = held->segments().find(segment.id);
    QVERIFY(after.has_value());
    QCOMPARE(after->rev, segment.rev);
    QCOMPARE(after->targets, segment.targets);
}

void TestCli::missingWorkspace()
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("nothing-here"));
    expectError(m_cli.run(workspace, args({"project", "list"})), 4, QStringLiteral("no Tessera workspace"));
    QVERIFY(!QFileInfo::exists(workspace));
}
