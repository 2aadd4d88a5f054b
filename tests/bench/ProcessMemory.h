// ProcessMemory: this process's resident memory from /proc/self/status, and a reset of its peak so
// each phase of a benchmark reports its own high-water mark; AnonPeak samples the anonymous part
// (RssAnon: heap and other private memory, not mapped file pages) for its peak, which the kernel
// does not keep.
#pragma once

#include <atomic>
#include <thread>

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
    // Hands the heap's free pages back to the system (glibc's malloc_trim; nothing elsewhere), so a
    // phase that follows reports heap it reuses as growth, not only heap it adds.
    static void returnFreedHeap();
    // RssAnon in KiB (resident anonymous memory: the heap, not mapped files); -1 where not there.
    static qint64 anonKiB();
};

// The highest RssAnon seen while it lives, sampled every millisecond by a thread of its own (a
// phase that frees a large block before it ends would not show it at its end).
class AnonPeak {
public:
    AnonPeak();
    ~AnonPeak();
    AnonPeak(const AnonPeak&) = delete;
    AnonPeak& operator=(const AnonPeak&) = delete;
    // The peak's growth above RssAnon at construction, in KiB, sampled once more now.
    qint64 growthKiB();

private:
    void sample();

    qint64 m_baseKiB = 0;
    std::atomic<qint64> m_peakKiB{0};
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace tessera::bench
