// TestCliTerms: `terms import|export|lookup` through the real tessera-cli on real glossaries: counts
// on import, no duplicates on re-import, inflected and multi-word terms found with their spans and
// translations, export by extension that imports back to the same termbase, and the exit codes of
// ../shared/CLI.md for bad files (3, naming file, line and column) and bad usage (2).
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "CliRunner.h"

using tessera::testsupport::CliRun;
using tessera::testsupport::writeFile;

namespace {

QString dataFile(const QString& folder, const QString& name)
{
    return qEnvironmentVariable("TESSERA_SOURCE_DIR") + QStringLiteral("/tests/data/") + folder + QLatin1Char('/') +
           name;
}

} // namespace

class TestCliTerms : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importCountsAndReimportAddsNothing();
    void lookupFindsInflectedTerms();
    void lookupPrintsATable();
    void exportImportsBack_data();
    void exportImportsBack();
    void badFilesExitWith3();
    void usageErrorsExitWith2();

private:
    CliRun run(const QStringList& arguments) const { return m_cli.run(m_workspace->path(), arguments); }
    QJsonObject importJson(const QString& path, const QStringList& extra = {}) const;

    tessera::testsupport::CliRunner m_cli;
    std::unique_ptr<QTemporaryDir> m_workspace;
    std::unique_ptr<QTemporaryDir> m_files;
    QString m_glossary;
};

void TestCliTerms::init()
{
    m_workspace = std::make_unique<QTemporaryDir>();
    m_files = std::make_unique<QTemporaryDir>();
    m_glossary = dataFile("terms", "freedict-eng-deu-nouns.csv");
}

QJsonObject TestCliTerms::importJson(const QString& path, const QStringList& extra) const
{
    const CliRun imported = run(QStringList{"--json", "terms", "import", path} + extra);
    if (imported.exitCode != 0)
        qWarning() << imported.describe();
    return imported.json().object();
}

void TestCliTerms::importCountsAndReimportAddsNothing()
{
    const QJsonObject first = importJson(m_glossary);
    QCOMPARE(first.value("concepts").toInt(), 2000);
    QCOMPARE(first.value("added").toInt(), 2000);
    QCOMPARE(first.value("terms").toInt(), 5359); // FreeDict entries have 1-3 German nouns
    QCOMPARE(first.value("format").toString(), QStringLiteral("csv"));
    const QJsonObject second = importJson(m_glossary);
    QCOMPARE(second.value("added").toInt(), 0);
    QCOMPARE(second.value("updated").toInt(), 0);
    QCOMPARE(second.value("unchanged").toInt(), 2000);

    const CliRun human = run({"terms", "import", m_glossary});
    QVERIFY2(human.exitCode == 0, human.describe());
    QVERIFY2(human.out.contains("2000 concepts") && human.out.contains("0 added"), human.describe());
}

void TestCliTerms::lookupFindsInflectedTerms()
{
    QCOMPARE(importJson(m_glossary).value("added").toInt(), 2000);
    // A real sentence of tests/data/tm (Debian descriptions), plurals and all.
    const QString text = QStringLiteral("This package provides libraries for file systems and operating systems.");
    const CliRun looked = run({"--json", "terms", "lookup", text, "--source-lang", "en", "--target-lang", "de"});
    QVERIFY2(looked.exitCode == 0, looked.describe());
    QStringList found;
    for (const QJsonValue& v : looked.json().array()) {
        const QJsonObject hit = v.toObject();
        const QString span = text.mid(hit.value("start").toInt(), hit.value("length").toInt());
        QCOMPARE(hit.value("text").toString(), span);
        QVERIFY(!hit.value("target").toArray().isEmpty());
        QCOMPARE(hit.value("status").toString(), QStringLiteral("preferred"));
        found << span + QLatin1Char('=') + hit.value("source").toString() + QLatin1Char('>') +
                     hit.value("target").toArray().first().toString();
    }
    QCOMPARE(found, (QStringList{"package=package>Packstück", "libraries=library>Bibliothek",
                                 "file systems=file system>Dateisystem",
                                 "operating systems=operating system>Betriebssystem"}));
}

void TestCliTerms::lookupPrintsATable()
{
    QCOMPARE(importJson(m_glossary).value("added").toInt(), 2000);
    const CliRun looked = run({"terms", "lookup", "Two libraries", "--source-lang", "en_US", "--target-lang", "de"});
    QVERIFY2(looked.exitCode == 0, looked.describe());
    const QStringList lines = QString::fromUtf8(looked.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("START")), looked.describe());
    QVERIFY2(lines.at(1).contains(QStringLiteral("libraries")) && lines.at(1).contains(QStringLiteral("Bibliothek")),
             looked.describe());
    const CliRun none = run({"terms", "lookup", "Zzyzx qwertz", "--source-lang", "en", "--target-lang", "de"});
    QVERIFY2(none.exitCode == 0 && none.out.contains("No terms found"), none.describe());
}

void TestCliTerms::exportImportsBack_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("tbx") << "out.tbx";
    QTest::newRow("csv") << "out.csv";
    QTest::newRow("tsv") << "out.tsv";
}

void TestCliTerms::exportImportsBack()
{
    QFETCH(QString, name);
    QCOMPARE(importJson(dataFile("tbx", "gdk-pixbuf-de.tbx"), {"--target-lang", "de"}).value("added").toInt(), 36);
    const QString out = m_files->filePath(name);
    const CliRun exported = run({"--json", "terms", "export", "--out", out});
    QVERIFY2(exported.exitCode == 0, exported.describe());
    QCOMPARE(exported.json().object().value("concepts").toInt(), 36);
    QVERIFY(QFile::exists(out));

    // Into the same workspace: nothing new. Into another: the same lookups.
    const QJsonObject back = importJson(out);
    QCOMPARE(back.value("added").toInt(), 0);
    QCOMPARE(back.value("unchanged").toInt(), 36);
    QTemporaryDir other;
    const CliRun copied = m_cli.run(other.path(), {"--json", "terms", "import", out});
    QVERIFY2(copied.exitCode == 0, copied.describe());
    QCOMPARE(copied.json().object().value("added").toInt(), 36);
    const QStringList lookup{"--json",        "terms", "lookup",        "Unsupported colorspaces",
                             "--source-lang", "en",    "--target-lang", "de"};
    const CliRun here = run(lookup);
    const CliRun there = m_cli.run(other.path(), lookup);
    QVERIFY2(here.exitCode == 0 && there.exitCode == 0, here.describe() + there.describe());
    QVERIFY2(!here.json().array().isEmpty(), here.describe());
    QCOMPARE(here.json().array().first().toObject().value("target"),
             there.json().array().first().toObject().value("target"));
}

void TestCliTerms::badFilesExitWith3()
{
    const QString broken = m_files->filePath("broken.tbx");
    QVERIFY(writeFile(broken, "<?xml version=\"1.0\"?>\n<martif type=\"TBX\">\n<text><body>\n"
                              "<termEntry id=\"a\"><langSet xml:lang=\"en\"><tig><term>x</term></tig></langSet>\n"
                              "</body></text></martif>\n"));
    const CliRun run1 = run({"terms", "import", broken});
    QVERIFY2(run1.exitCode == 3, run1.describe());
    QVERIFY2(run1.err.startsWith("tessera-cli: error: " + broken.toUtf8() + ":5:"), run1.describe());

    const QString csv = m_files->filePath("bad.csv");
    QVERIFY(writeFile(csv, "en,de\nfile,Datei\n\"folder,Ordner\n"));
    const CliRun run2 = run({"terms", "import", csv});
    QVERIFY2(run2.exitCode == 3, run2.describe());
    QVERIFY2(run2.err.contains(csv.toUtf8() + ":3:1"), run2.describe());

    // A gettext catalog is no glossary: the message says what was tried and where it failed.
    const CliRun po = run({"terms", "import", dataFile("po", "adduser-de.po")});
    QVERIFY2(po.exitCode == 3, po.describe());
    QVERIFY2(po.err.contains("adduser-de.po:1:1: not a TBX or CSV/TSV glossary"), po.describe());

    const CliRun missing = run({"terms", "import", m_files->filePath("missing.tbx")});
    QVERIFY2(missing.exitCode == 3, missing.describe());
    // Nothing was stored by the failed imports.
    const CliRun exported = run({"--json", "terms", "export", "--out", m_files->filePath("empty.csv")});
    QVERIFY2(exported.exitCode == 0, exported.describe());
    QCOMPARE(exported.json().object().value("concepts").toInt(), 0);
}

void TestCliTerms::usageErrorsExitWith2()
{
    for (const QStringList& arguments :
         {QStringList{"terms"}, QStringList{"terms", "frobnicate"}, QStringList{"terms", "lookup", "x"},
          QStringList{"terms", "lookup", "x", "--source-lang", "english", "--target-lang", "de"},
          QStringList{"terms", "export", "--out", m_files->filePath("out.xlsx")}, QStringList{"terms", "import"}}) {
        const CliRun r = run(arguments);
        QVERIFY2(r.exitCode == 2, r.describe());
        QVERIFY2(r.err.startsWith("tessera-cli: error: "), r.describe());
    }
    const CliRun help = run({"terms", "--help"});
    QVERIFY2(help.exitCode == 0 && help.out.contains("lookup TEXT"), help.describe());
}

QTEST_GUILESS_MAIN(TestCliTerms)
#include "TestCliTerms.moc"
