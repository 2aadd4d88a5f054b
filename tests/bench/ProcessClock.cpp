#include "ProcessClock.h"

#include <ctime>

namespace tessera::bench {

qint64 ProcessClock::cpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

} // namespace tessera::bench
