// ProcessClock: CPU time (user + system) this process has used, to tell the cost of the code apart
// from time spent waiting for the disk.
#pragma once

#include <QtGlobal>

namespace tessera::bench {

class ProcessClock {
public:
    static qint64 cpuNs();
    // The system (kernel) part of it: page faults, writes, thread starts.
    static qint64 systemNs();
};

} // namespace tessera::bench
