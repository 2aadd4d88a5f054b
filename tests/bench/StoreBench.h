// StoreBench: what the store benchmark measures on each side, and the workspace both sides start from.
#pragma once

#include <cstdint>
#include <memory>

#include <QString>

#include "domain/Result.h"

namespace tessera::domain {
class Clock;
}
namespace tessera::store {
class Workspace;
}

namespace tessera::bench {

struct BenchConfig {
    qint64 segments = 1'000'000;
    qint64 edits = 5'000;
    std::uint64_t seed = 1;
    qint64 batch = 10'000; // segments generated (outside the timed part) per step of the bulk load
    qint64 cacheMiB = 64;  // PRAGMA cache_size for both sides; 0 sets SQLite's default (2000 KiB)
};

// The PRAGMA that sets the page cache `config` asks for, or an empty string for the default.
QString cachePragma(const BenchConfig& config);

struct InsertFigures {
    qint64 rows = 0;
    double seconds = 0;    // BEGIN to COMMIT, less the time spent generating the rows
    double cpuSeconds = 0; // CPU time in that span: the work of the code rather than the disk
    qint64 peakKiB = -1;
};

struct EditFigures {
    qint64 edits = 0;
    double seconds = 0; // sum of the per-edit latencies
    double cpuUsPerEdit = 0;
    double medianUs = 0;
    double p99Us = 0;
};

// A fresh workspace in `folder` (made by store::Workspace, so schema, pragmas and lock are the real
// ones) with one project and one document for the segments.
struct BenchWorkspace {
    std::unique_ptr<store::Workspace> workspace;
    QString projectId;
    QString documentId;
    QString databasePath;

    BenchWorkspace();
    BenchWorkspace(BenchWorkspace&&) noexcept;
    BenchWorkspace& operator=(BenchWorkspace&&) noexcept;
    ~BenchWorkspace();
};

domain::Result<BenchWorkspace> createBenchWorkspace(const QString& folder, const domain::Clock& clock);
// Size of the database file and its -wal file.
qint64 databaseBytes(const QString& databasePath);

} // namespace tessera::bench
