// TestCli: runs the real tessera-cli against temporary workspaces: output, JSON shapes, edits and
// the exit codes of ../shared/CLI.md, including the environment failures that must change nothing.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTemporaryDir>

#include "CliRunner.h"

// The demo project's name (resources/demo/demo-project.json).
inline const QString s_demo = QStringLiteral("Larkspur Notes 2.4");

class TestCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void version();
    void help_data();
    void help();
    void demoSegmentsMatchDemoFile_data();
    void demoSegmentsMatchDemoFile();
    void demoCreateTwiceIsAConflict();
    void projectRoundTrip();
    void languageTagsAreNormalised_data();
    void languageTagsAreNormalised();
    void workspaceFromEnvironment();
    void segmentSet_data();
    void segmentSet();
    void exitCodes_data();
    void exitCodes();
    void notADatabase_data();
    void notADatabase();
    void newerSchema_data();
    void newerSchema();
    void notWritable_data();
    void notWritable();
    void lockedByAnotherWriter();
    void missingWorkspace();

private:
    static QStringList args(std::initializer_list<const char*> list);
    // Replaces "{id:KEY}" with the id of the demo's German segment KEY.
    QStringList withIds(const QStringList& arguments) const;
    static void expectError(const tessera::testsupport::CliRun& run, int exitCode, const QString& needle);

    tessera::testsupport::CliRunner m_cli;
    QTemporaryDir m_demoDir; // a demo workspace that the tests only read or fail to change
    QHash<QString, QJsonObject> m_demoSegments;
};
