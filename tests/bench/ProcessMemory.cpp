#include "ProcessMemory.h"

#include <QFile>

namespace tessera::bench {

namespace {

qint64 statusField(QByteArrayView name)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    // /proc files report a size of 0, so atEnd() is true at once: read everything, then split.
    const QByteArray text = status.readAll();
    for (const QByteArray& line : text.split('\n')) {
        if (line.startsWith(name) && line.size() > name.size() && line[name.size()] == ':')
            return line.mid(name.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

qint64 ProcessMemory::peakKiB()
{
    return statusField("VmHWM");
}

qint64 ProcessMemory::currentKiB()
{
    return statusField("VmRSS");
}

bool ProcessMemory::resetPeak()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

} // namespace tessera::bench
