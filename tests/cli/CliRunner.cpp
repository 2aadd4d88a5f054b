#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>

namespace tessera::testsupport {

QByteArray CliRun::describe() const
{
    return "exit " + QByteArray::number(exitCode) + "\n--- stdout:\n" + out.left(2000) + "\n--- stderr:\n" + err;
}

CliRunner::CliRunner()
    : m_environment(QProcessEnvironment::systemEnvironment())
{
    m_environment.remove(QStringLiteral("TESSERA_WORKSPACE"));
    m_environment.insert(QStringLiteral("TESSERA_USER"), QStringLiteral("tester"));
}

CliRun CliRunner::run(const QStringList& arguments) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    if (!m_workingDirectory.isEmpty())
        process.setWorkingDirectory(m_workingDirectory);
    process.start(QStringLiteral(TESSERA_CLI_PATH), arguments);
    CliRun result;
    if (!process.waitForStarted(30000) || !process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.err = "tessera-cli did not run: " + process.errorString().toUtf8();
        return result;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

CliRun CliRunner::run(const QString& workspace, const QStringList& arguments) const
{
    return run(QStringList{QStringLiteral("--workspace"), workspace} + arguments);
}

QHash<QString, QJsonObject> CliRunner::segmentsByKey(const QString& workspace, const QString& project,
                                                     const QString& lang) const
{
    const CliRun listed = run(workspace, {QStringLiteral("--json"), QStringLiteral("segment"), QStringLiteral("list"),
                                          QStringLiteral("--project"), project, QStringLiteral("--lang"), lang});
    QHash<QString, QJsonObject> segments;
    if (listed.exitCode != 0)
        return segments;
    for (const QJsonValue& value : listed.json().array())
        segments.insert(value[QLatin1String("key")].toString(), value.toObject());
    return segments;
}

QStringList args(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* a : list)
        result << QString::fromUtf8(a);
    return result;
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

} // namespace tessera::testsupport
