// CliRunner: runs the real tessera-cli binary for the tests and captures its exit code and output.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <initializer_list>

namespace tessera::testsupport {

struct CliRun {
    int exitCode = -1; // -1 when the process crashed or did not finish
    QByteArray out;
    QByteArray err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    // For failure messages: the exit code and both streams.
    QByteArray describe() const;
};

class CliRunner {
public:
    CliRunner(); // TESSERA_USER=tester, no TESSERA_WORKSPACE from the caller's environment

    void setEnvironment(const QString& name, const QString& value) { m_environment.insert(name, value); }
    // Where the process runs, for commands given relative paths; empty: the test's own.
    void setWorkingDirectory(const QString& path) { m_workingDirectory = path; }
    CliRun run(const QStringList& arguments) const;
    // Runs with --workspace WORKSPACE in front of the arguments.
    CliRun run(const QString& workspace, const QStringList& arguments) const;
    // `--json segment list` as key → segment object; empty on any failure.
    QHash<QString, QJsonObject> segmentsByKey(const QString& workspace, const QString& project,
                                              const QString& lang) const;

private:
    QProcessEnvironment m_environment;
    QString m_workingDirectory;
};

// Command-line arguments from literals.
QStringList args(std::initializer_list<const char*> list);
// Writes `data` to `path`, making its folders; false when it cannot.
bool writeFile(const QString& path, const QByteArray& data);
// The bytes of `path`, or "<missing>" when it cannot be read.
QByteArray readFile(const QString& path);

} // namespace tessera::testsupport
