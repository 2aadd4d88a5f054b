// ProcessMemory: this process's resident memory from /proc/self/status, and a reset of its peak so
// each phase of a benchmark reports its own high-water mark.
#pragma once

#include <QtGlobal>

namespace tessera::bench {

class ProcessMemory {
public:
    // VmHWM and VmRSS in KiB; -1 where /proc is not there.
    static qint64 peakKiB();
    static qint64 currentKiB();
    // Lowers the peak to the current size (writes 5 to /proc/self/clear_refs); false if refused,
    // in which case peaks include earlier phases.
    static bool resetPeak();
};

} // namespace tessera::bench
