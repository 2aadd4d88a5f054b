// ProcessIdentity: the start time from /proc/PID/stat (field 22, after the parenthesised command
// name) and the kernel's boot id; elsewhere a per-process random token and kill(pid, 0).
#include "ProcessIdentity.h"

#include <csignal>

#include <sys/types.h>
#include <unistd.h>

#include <QFile>

#include "domain/Id.h"

namespace tessera::jobs {

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString bootId()
{
    static const QString id = QString::fromLatin1(readAll(QStringLiteral("/proc/sys/kernel/random/boot_id")).trimmed());
    return id;
}

} // namespace

QString ProcessIdentity::startToken(qint64 pid)
{
    const QByteArray stat = readAll(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.isEmpty()) {
        // No /proc: a token that only this process knows; others are judged by kill(pid, 0).
        if (pid == qint64(::getpid())) {
            static const QString own = domain::newId();
            return own;
        }
        return {};
    }
    const qsizetype close = stat.lastIndexOf(')');
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    // fields[0] is field 3 (state); the start time is field 22.
    if (fields.size() < 20)
        return {};
    return bootId() + QLatin1Char('/') + QString::fromLatin1(fields.at(19));
}

store::JobOwner ProcessIdentity::current()
{
    const qint64 pid = qint64(::getpid());
    return store::JobOwner{pid, startToken(pid)};
}

bool ProcessIdentity::isAlive(const store::JobOwner& owner)
{
    if (owner.pid <= 0)
        return false;
    if (QFile::exists(QStringLiteral("/proc/self/stat")))
        return !owner.token.isEmpty() && startToken(owner.pid) == owner.token;
    return ::kill(pid_t(owner.pid), 0) == 0;
}

} // namespace tessera::jobs
