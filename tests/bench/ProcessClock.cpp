#include "ProcessClock.h"

#include <ctime>

#include <sys/resource.h>

namespace tessera::bench {

qint64 ProcessClock::cpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

qint64 ProcessClock::systemNs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_stime.tv_sec) * 1'000'000'000 + qint64(usage.ru_stime.tv_usec) * 1000;
}

} // namespace tessera::bench
