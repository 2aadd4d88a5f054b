#include "ProcessMemory.h"

#include <chrono>

#include <fcntl.h>
#include <unistd.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

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

// RssAnon read with a fixed buffer, so the sampling thread allocates nothing of its own.
qint64 rssAnonKiB()
{
    const int fd = ::open("/proc/self/status", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    char text[8192];
    const ssize_t size = ::read(fd, text, sizeof text - 1);
    ::close(fd);
    if (size <= 0)
        return -1;
    const QByteArrayView all(text, size);
    const qsizetype at = all.indexOf("\nRssAnon:");
    if (at < 0)
        return -1;
    qint64 kib = 0;
    qsizetype i = at + 9;
    while (i < size && (text[i] == ' ' || text[i] == '\t'))
        ++i;
    for (; i < size && text[i] >= '0' && text[i] <= '9'; ++i)
        kib = kib * 10 + (text[i] - '0');
    return kib;
}

} // namespace

void ProcessMemory::returnFreedHeap()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

qint64 ProcessMemory::anonKiB()
{
    return rssAnonKiB();
}

AnonPeak::AnonPeak()
    : m_baseKiB(rssAnonKiB())
    , m_peakKiB(m_baseKiB)
    , m_thread([this] {
        while (!m_stop.load(std::memory_order_relaxed)) {
            sample();
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
    })
{}

AnonPeak::~AnonPeak()
{
    m_stop = true;
    m_thread.join();
}

void AnonPeak::sample()
{
    const qint64 now = rssAnonKiB();
    qint64 peak = m_peakKiB.load();
    while (now > peak && !m_peakKiB.compare_exchange_weak(peak, now)) {
    }
}

qint64 AnonPeak::growthKiB()
{
    sample();
    return m_peakKiB.load() - m_baseKiB;
}

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
