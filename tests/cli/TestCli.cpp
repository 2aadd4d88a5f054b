#include "TestCli.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using tessera::testsupport::CliRun;
using tessera::testsupport::CliRunner;

namespace {

QJsonObject demoJson()
{
    QFile file(QStringLiteral(TESSERA_DEMO_JSON));
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

} // namespace

QStringList TestCli::args(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* item : list)
        result.append(QString::fromUtf8(item));
    return result;
}

void TestCli::initTestCase()
{
    QVERIFY(m_demoDir.isValid());
    const CliRun created = m_cli.run(m_demoDir.path(), args({"demo", "create"}));
    QVERIFY2(created.exitCode == 0, created.describe());
    QVERIFY2(created.out.contains("Larkspur Notes 2.4"), created.describe());
    m_demoSegments = m_cli.segmentsByKey(m_demoDir.path(), s_demo, QStringLiteral("de"));
    QVERIFY(!m_demoSegments.isEmpty());
}

QStringList TestCli::withIds(const QStringList& arguments) const
{
    static const QRegularExpression s_placeholder(QStringLiteral("^\\{id:(.*)\\}$"));
    QStringList result;
    for (const QString& argument : arguments) {
        const auto match = s_placeholder.match(argument);
        result.append(match.hasMatch() ? m_demoSegments.value(match.captured(1))[QLatin1String("id")].toString()
                                       : argument);
    }
    return result;
}

void TestCli::expectError(const CliRun& run, int exitCode, const QString& needle)
{
    QVERIFY2(run.exitCode == exitCode, run.describe());
    QVERIFY2(run.err.startsWith("tessera-cli: error: "), run.describe());
    QVERIFY2(QString::fromUtf8(run.err).contains(needle, Qt::CaseInsensitive), run.describe());
    QVERIFY2(run.out.isEmpty(), run.describe());
}

void TestCli::version()
{
    const CliRun human = m_cli.run(args({"--version"}));
    QVERIFY2(human.exitCode == 0, human.describe());
    const CliRun json = m_cli.run(args({"--json", "--version"}));
    QVERIFY2(json.exitCode == 0, json.describe());
    for (const char* component : {"Tessera", "Qt", "KF6", "SQLite", "libcurl", "spdlog"}) {
        QVERIFY2(human.out.contains(component), human.describe());
        const QString version = json.json()[QLatin1String(component)].toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d+\\.\\d+")).match(version).hasMatch(), json.describe());
    }
    QVERIFY(human.out.contains(QByteArray(QT_VERSION_STR)));
}

void TestCli::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("top level") << args({"--help"}) << "segment set SEGMENT_ID";
    QTest::newRow("group") << args({"project", "--help"}) << "show PROJECT";
    QTest::newRow("project create") << args({"project", "create", "--help"}) << "--target-langs L1,L2";
    QTest::newRow("segment list") << args({"segment", "list", "--help"}) << "--document D";
    QTest::newRow("segment set") << args({"segment", "set", "-h"}) << "--plural TEXT";
    QTest::newRow("demo create") << args({"demo", "create", "--help"}) << "demo create";
}

void TestCli::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const CliRun run = m_cli.run(arguments);
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.out.startsWith("Usage: tessera-cli"), run.describe());
    QVERIFY2(QString::fromUtf8(run.out).contains(expected), run.describe());
    QVERIFY2(run.err.isEmpty(), run.describe());
}

void TestCli::demoSegmentsMatchDemoFile_data()
{
    QTest::addColumn<QString>("lang");
    for (const char* lang : {"de", "fr", "es"})
        QTest::newRow(lang) << QString::fromLatin1(lang);
}

void TestCli::demoSegmentsMatchDemoFile()
{
    QFETCH(QString, lang);
    // --json after the command works as well as before it.
    const CliRun listed = m_cli.run(
        m_demoDir.path(), QStringList{QStringLiteral("segment"), QStringLiteral("list"), QStringLiteral("--project"),
                                      s_demo, QStringLiteral("--lang"), lang, QStringLiteral("--json")});
    QVERIFY2(listed.exitCode == 0, listed.describe());
    QVERIFY2(listed.json().isArray(), listed.describe());
    QHash<QString, QJsonObject> byKey;
    for (const QJsonValue& value : listed.json().array()) {
        const QJsonObject segment = value.toObject();
        for (const char* field : {"id", "key", "source", "target", "state", "rev"})
            QVERIFY2(segment.contains(QLatin1String(field)), field);
        byKey.insert(segment[QLatin1String("key")].toString(), segment);
    }

    int expectedCount = 0;
    for (const QJsonValue& document : demoJson()[QLatin1String("documents")].toArray()) {
        for (const QJsonValue& item : document[QLatin1String("segments")].toArray()) {
            ++expectedCount;
            const QString key = item[QLatin1String("key")].toString();
            QVERIFY2(byKey.contains(key), qPrintable(key));
            const QJsonObject segment = byKey.value(key);
            const QJsonObject target = item[QLatin1String("targets")][lang].toObject();
            const QJsonArray forms = target[QLatin1String("forms")].toArray();
            QCOMPARE(segment[QLatin1String("source")], item[QLatin1String("source")]);
            QCOMPARE(segment[QLatin1String("state")], target[QLatin1String("state")]);
            QCOMPARE(segment[QLatin1String("rev")].toInt(-1), 0);
            if (!item[QLatin1String("source_plural")].toString().isEmpty()) {
                QVERIFY2(segment[QLatin1String("target")].isArray(), qPrintable(key));
                QCOMPARE(segment[QLatin1String("target")].toArray(), forms);
                QCOMPARE(segment[QLatin1String("source_plural")], item[QLatin1String("source_plural")]);
            } else {
                QVERIFY2(segment[QLatin1String("target")].isString(), qPrintable(key));
                QCOMPARE(segment[QLatin1String("target")].toString(), forms.at(0).toString());
            }
        }
    }
    QCOMPARE(byKey.size(), expectedCount);

    const CliRun human =
        m_cli.run(m_demoDir.path(), QStringList{QStringLiteral("segment"), QStringLiteral("list"),
                                                QStringLiteral("--project"), s_demo, QStringLiteral("--lang"), lang});
    QVERIFY2(human.exitCode == 0, human.describe());
    QVERIFY2(human.out.startsWith("ID "), human.describe());
    QVERIFY2(human.out.contains(QByteArray::number(expectedCount) + " segments"), human.describe());
}

void TestCli::demoCreateTwiceIsAConflict()
{
    const CliRun again = m_cli.run(m_demoDir.path(), args({"demo", "create"}));
    expectError(again, 1, QStringLiteral("the demo project already exists"));
}

void TestCli::projectRoundTrip()
{
    QTemporaryDir dir;
    const CliRun created = m_cli.run(dir.path(), args({"project", "create", "Atlas Docs", "--source-lang", "en",
                                                       "--target-langs", "de_DE,fr", "--deadline", "2027-03-31"}));
    QVERIFY2(created.exitCode == 0, created.describe());
    const QString id = QString::fromUtf8(created.out).trimmed();
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f-]{36}$")).match(id).hasMatch(), created.describe());

    const CliRun listed = m_cli.run(dir.path(), args({"--json", "project", "list"}));
    QVERIFY2(listed.exitCode == 0, listed.describe());
    const QJsonArray projects = listed.json().array();
    QCOMPARE(projects.size(), 1);
    QCOMPARE(projects.at(0)[QLatin1String("id")].toString(), id);
    QCOMPARE(projects.at(0)[QLatin1String("name")].toString(), QStringLiteral("Atlas Docs"));
    QCOMPARE(projects.at(0)[QLatin1String("source_lang")].toString(), QStringLiteral("en"));
    QCOMPARE(projects.at(0)[QLatin1String("target_langs")].toArray(), QJsonArray({"de-DE", "fr"}));
    QCOMPARE(projects.at(0)[QLatin1String("deadline")].toString(), QStringLiteral("2027-03-31"));

    const CliRun humanList = m_cli.run(dir.path(), args({"project", "list"}));
    QVERIFY2(humanList.out.contains("Atlas Docs") && humanList.out.contains(id.toUtf8()), humanList.describe());

    const CliRun shownById = m_cli.run(
        dir.path(), QStringList{QStringLiteral("--json"), QStringLiteral("project"), QStringLiteral("show"), id});
    QVERIFY2(shownById.exitCode == 0, shownById.describe());
    QCOMPARE(shownById.json()[QLatin1String("name")].toString(), QStringLiteral("Atlas Docs"));
    QCOMPARE(shownById.json()[QLatin1String("documents")].toArray(), QJsonArray());

    const CliRun shownByName = m_cli.run(dir.path(), args({"project", "show", "atlas docs"}));
    QVERIFY2(shownByName.exitCode == 0, shownByName.describe());
    QVERIFY2(shownByName.out.contains(id.toUtf8()) && shownByName.out.contains("de-DE"), shownByName.describe());

    const CliRun duplicate =
        m_cli.run(dir.path(), args({"project", "create", "Atlas Docs", "--source-lang", "en", "--target-langs", "fr"}));
    expectError(duplicate, 1, QStringLiteral("already exists"));

    const CliRun demoShown =
        m_cli.run(m_demoDir.path(),
                  QStringList{QStringLiteral("--json"), QStringLiteral("project"), QStringLiteral("show"), s_demo});
    QVERIFY2(demoShown.exitCode == 0, demoShown.describe());
    const QJsonArray documents = demoShown.json()[QLatin1String("documents")].toArray();
    QCOMPARE(documents.size(), 6); // two documents in three languages
    int germanUi = 0;
    for (const QJsonValue& document : documents) {
        if (document[QLatin1String("lang")].toString() == QLatin1String("de") &&
            document[QLatin1String("name")].toString() == QLatin1String("ui/app_strings.po")) {
            germanUi = document[QLatin1String("segments")].toInt();
            int sum = 0;
            for (const QJsonValue& count : document[QLatin1String("states")].toObject())
                sum += count.toInt();
            QCOMPARE(sum, germanUi);
        }
    }
    QVERIFY(germanUi > 0);
}

void TestCli::languageTagsAreNormalised_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("stored");
    QTest::newRow("underscore") << "de_DE" << "de-DE";
    QTest::newRow("lower-case region") << "pt-br" << "pt-BR";
    QTest::newRow("script") << "zh-hans" << "zh-Hans";
    QTest::newRow("upper-case language") << "ES" << "es";
    QTest::newRow("numeric region") << "es-419" << "es-419";
    QTest::newRow("spaces around") << " fr " << "fr";
}

void TestCli::languageTagsAreNormalised()
{
    QFETCH(QString, given);
    QFETCH(QString, stored);
    QTemporaryDir dir;
    const CliRun created =
        m_cli.run(dir.path(), QStringList{QStringLiteral("--json"), QStringLiteral("project"), QStringLiteral("create"),
                                          QStringLiteral("P"), QStringLiteral("--source-lang"), QStringLiteral("en"),
                                          QStringLiteral("--target-langs"), given});
    QVERIFY2(created.exitCode == 0, created.describe());
    QCOMPARE(created.json()[QLatin1String("target_langs")].toArray(), QJsonArray({stored}));
}

void TestCli::workspaceFromEnvironment()
{
    QTemporaryDir dir;
    CliRunner cli;
    cli.setEnvironment(QStringLiteral("TESSERA_WORKSPACE"), dir.path());
    const CliRun created =
        cli.run(args({"project", "create", "From Env", "--source-lang", "en", "--target-langs", "de"}));
    QVERIFY2(created.exitCode == 0, created.describe());
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("tessera.db"))));
    const CliRun listed = cli.run(args({"project", "list"}));
    QVERIFY2(listed.exitCode == 0 && listed.out.contains("From Env"), listed.describe());
    // --workspace wins over the environment.
    const CliRun other = cli.run(m_demoDir.path(), args({"project", "list"}));
    QVERIFY2(other.out.contains("Larkspur") && !other.out.contains("From Env"), other.describe());
}

QTEST_GUILESS_MAIN(TestCli)
