// TestCli, part two: `segment set` through the real binary, and the usage and bad-input exit codes.
#include "TestCli.h"

#include <QJsonArray>
#include <QTest>

#include "domain/Clock.h"
#include "store/OutboxRepository.h"
#include "store/SegmentRepository.h"
#include "store/Workspace.h"

using tessera::testsupport::CliRun;

void TestCli::segmentSet_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("target"); // as JSON
    QTest::addColumn<QString>("state");
    QTest::addColumn<bool>("json");

    QTest::newRow("target and state") << "MainWindow|New Note&book"
                                      << args({"--target", "Neues &Notizbuch", "--state", "translated"})
                                      << QByteArray(R"("Neues &Notizbuch")") << "translated" << true;
    QTest::newRow("state only keeps the target")
        << "MainWindow|&File" << args({"--state", "rejected"}) << QByteArray(R"("&Datei")") << "rejected" << true;
    QTest::newRow("target only keeps the state")
        << "Storage|The notebook \"%1\" already exists." << args({"--target", "Das Notizbuch „%1“ gibt es schon."})
        << QByteArray(R"("Das Notizbuch „%1“ gibt es schon.")") << "draft" << false;
    QTest::newRow("plural forms") << "TrashView|Permanently delete %n note?"
                                  << args({"--plural", "%n Notiz endgültig löschen?", "%n Notizen endgültig löschen?",
                                           "--state", "translated"})
                                  << QByteArray(R"(["%n Notiz endgültig löschen?", "%n Notizen endgültig löschen?"])")
                                  << "translated" << true;
    QTest::newRow("plural repeated") << "ExportDialog|Exporting %n note…"
                                     << args({"--plural", "eine Notiz", "--plural=%n Notizen"})
                                     << QByteArray(R"(["eine Notiz", "%n Notizen"])") << "draft" << false;
    QTest::newRow("reopen as draft") << "NoteListView|Pin to Top"
                                     << args({"--state", "draft", "--target", "Oben anheften"})
                                     << QByteArray(R"("Oben anheften")") << "draft" << true;
}

void TestCli::segmentSet()
{
    QFETCH(QString, key);
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, target);
    QFETCH(QString, state);
    QFETCH(bool, json);
    const QJsonValue expectedTarget = QJsonDocument::fromJson("[" + target + "]").array().at(0);
    QVERIFY(!expectedTarget.isUndefined());

    QTemporaryDir dir;
    QCOMPARE(m_cli.run(dir.path(), args({"demo", "create"})).exitCode, 0);
    const QJsonObject before = m_cli.segmentsByKey(dir.path(), s_demo, QStringLiteral("de")).value(key);
    const QString id = before[QLatin1String("id")].toString();
    QVERIFY2(!id.isEmpty(), qPrintable(key));

    QStringList command{QStringLiteral("segment"), QStringLiteral("set"), id};
    if (json)
        command.prepend(QStringLiteral("--json"));
    const CliRun set = m_cli.run(dir.path(), command + arguments);
    QVERIFY2(set.exitCode == 0, set.describe());
    QVERIFY2(set.err.isEmpty(), set.describe());
    if (json) {
        QCOMPARE(set.json()[QLatin1String("id")].toString(), id);
        QCOMPARE(set.json()[QLatin1String("target")], expectedTarget);
        QCOMPARE(set.json()[QLatin1String("state")].toString(), state);
    } else {
        QVERIFY2(set.out.startsWith("Updated segment " + key.toUtf8()), set.describe());
    }

    const QJsonObject after = m_cli.segmentsByKey(dir.path(), s_demo, QStringLiteral("de")).value(key);
    QCOMPARE(after[QLatin1String("target")], expectedTarget);
    QCOMPARE(after[QLatin1String("state")].toString(), state);
    QCOMPARE(after[QLatin1String("rev")].toInt(), before[QLatin1String("rev")].toInt() + 1);
    QCOMPARE(after[QLatin1String("updated_by")].toString(), QStringLiteral("tester"));

    // It went through the one-transaction edit: a revision and an outbox entry were written with it.
    tessera::domain::SystemClock clock;
    auto ws = tessera::store::Workspace::open(dir.path(), tessera::store::Workspace::Access::ReadOnly, clock);
    QVERIFY2(ws.has_value(), qPrintable(ws ? QString() : ws.error().describe()));
    auto revisions = (*ws)->segments().revisions(id);
    QVERIFY(revisions.has_value());
    QCOMPARE(revisions->size(), 1);
    QCOMPARE(revisions->at(0).author, QStringLiteral("tester"));
    QCOMPARE((*ws)->outbox().pendingCount().value_or(-1), 1);
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    // 2: usage
    QTest::newRow("no command") << QStringList() << 2 << "missing command";
    QTest::newRow("unknown command") << args({"frobnicate"}) << 2 << "unknown command \"frobnicate\"";
    QTest::newRow("unknown global option") << args({"--colour", "project", "list"}) << 2 << "unknown option --colour";
    QTest::newRow("unknown subcommand") << args({"project", "delete"}) << 2 << "unknown project command";
    QTest::newRow("unknown option") << args({"project", "list", "--all"}) << 2 << "unknown option --all";
    QTest::newRow("missing option") << args({"segment", "list", "--project", "Larkspur Notes 2.4"}) << 2 << "--lang";
    QTest::newRow("missing option value")
        << args({"segment", "list", "--lang", "de", "--project"}) << 2 << "--project needs a value";
    QTest::newRow("missing argument") << args({"project", "show"}) << 2 << "missing argument PROJECT";
    QTest::newRow("extra argument") << args({"project", "list", "extra"}) << 2 << "unexpected argument";
    QTest::newRow("garbage target language")
        << args({"project", "create", "X", "--source-lang", "en", "--target-langs", "de DE"}) << 2
        << "--target-langs: \"de DE\" is not a BCP 47";
    QTest::newRow("empty source language")
        << args({"project", "create", "X", "--source-lang", "", "--target-langs", "de"}) << 2 << "--source-lang";
    QTest::newRow("empty language in list")
        << args({"project", "create", "X", "--source-lang", "en", "--target-langs", "de,,fr"}) << 2 << "--target-langs";
    QTest::newRow("bad deadline") << args({"project", "create", "X", "--source-lang", "en", "--target-langs", "de",
                                           "--deadline", "next friday"})
                                  << 2 << "--deadline";
    QTest::newRow("target and plural") << args({"segment", "set", "{id:MainWindow|&File}", "--target", "a", "--plural",
                                                "b"})
                                       << 2 << "either --target or --plural";
    QTest::newRow("nothing to set") << args({"segment", "set", "{id:MainWindow|&File}"}) << 2 << "nothing to change";
    QTest::newRow("repeated option") << args({"segment", "set", "{id:MainWindow|&File}", "--state", "draft", "--state",
                                              "new"})
                                     << 2 << "more than once";

    // 3: bad input data, naming the field
    QTest::newRow("unknown segment") << args(
                                            {"segment", "set", "00000000-0000-0000-0000-000000000000", "--target", "x"})
                                     << 3 << "SEGMENT_ID: no segment";
    QTest::newRow("invalid state") << args({"segment", "set", "{id:MainWindow|&File}", "--state", "finished"}) << 3
                                   << "--state: unknown state \"finished\"";
    QTest::newRow("invalid transition") << args({"segment", "set", "{id:MainWindow|&File}", "--state", "new"}) << 3
                                        << "--state: segment MainWindow|&File cannot go from approved to new";
    QTest::newRow("skipping review") << args({"segment", "set", "{id:MainWindow|Switch &Workspace}", "--target", "x",
                                              "--state", "approved"})
                                     << 3 << "cannot go from new to approved";
    QTest::newRow("confirming nothing") << args({"segment", "set", "{id:MainWindow|Switch &Workspace}", "--state",
                                                 "translated"})
                                        << 3 << "--state: segment MainWindow|Switch &Workspace: an empty translation";
    QTest::newRow("confirming an empty target")
        << args({"segment", "set", "{id:MainWindow|&File}", "--target", "", "--state", "translated"}) << 3
        << "--target: segment MainWindow|&File: an empty translation";
    QTest::newRow("target for plural") << args({"segment", "set", "{id:ExportDialog|Exporting %n note…}", "--target",
                                                "x"})
                                       << 3 << "--target: segment ExportDialog|Exporting %n note… has plural forms";
    QTest::newRow("plural for singular") << args({"segment", "set", "{id:MainWindow|&File}", "--plural", "a", "b"}) << 3
                                         << "--plural";
    QTest::newRow("unknown project") << args({"segment", "list", "--project", "Nope", "--lang", "de"}) << 3
                                     << "no project named or with id \"Nope\"";
    QTest::newRow("language not in project")
        << args({"segment", "list", "--project", "Larkspur Notes 2.4", "--lang", "it"}) << 3
        << "--lang: project \"Larkspur Notes 2.4\" has no target language it";
    QTest::newRow("unknown state filter")
        << args({"segment", "list", "--project", "Larkspur Notes 2.4", "--lang", "de", "--state", "done"}) << 3
        << "--state";
    QTest::newRow("unknown document") << args({"segment", "list", "--project", "Larkspur Notes 2.4", "--lang", "de",
                                               "--document", "nope.po"})
                                      << 3 << "--document";
    QTest::newRow("show unknown project") << args({"project", "show", "Nope"}) << 3 << "no project";
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QStringList snapshot{QStringLiteral("--json"),
                               QStringLiteral("segment"),
                               QStringLiteral("list"),
                               QStringLiteral("--project"),
                               s_demo,
                               QStringLiteral("--lang"),
                               QStringLiteral("de")};
    const QByteArray before = m_cli.run(m_demoDir.path(), snapshot).out;

    const CliRun run = m_cli.run(m_demoDir.path(), withIds(arguments));
    expectError(run, exitCode, message);
    if (exitCode == 2)
        QVERIFY2(run.err.contains("--help"), run.describe());
    QCOMPARE(m_cli.run(m_demoDir.path(), snapshot).out, before);
}
