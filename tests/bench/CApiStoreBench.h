// CApiStoreBench: the store benchmark through tessera::store itself (SQLite's C API behind
// Database/Statement): SegmentRepository::insertAll for the bulk load, applyEdit for the edits.
#pragma once

#include <memory>

#include "StoreSide.h"
#include "domain/Clock.h"

namespace tessera::store {
class Workspace;
}

namespace tessera::bench {

class SegmentCorpus;

class CApiStoreBench final : public StoreSide {
public:
    CApiStoreBench(const BenchConfig& config, const SegmentCorpus& corpus);
    ~CApiStoreBench() override;

    const char* name() const override { return "SQLite C API"; }
    domain::Result<void> create(const QString& folder) override;
    void attach(const QString& folder) override;
    domain::Result<InsertFigures> bulkInsert() override;
    domain::Result<void> edit(const QString& segmentId, const QStringList& targets) override;
    domain::Result<void> verify(qint64 edits) override;
    QString sqliteVersion() override;
    void close() override;
    domain::Result<void> reopen() override;
    QString databasePath() const override { return m_databasePath; }

private:
    domain::Result<void> setCache();

    const BenchConfig& m_config;
    const SegmentCorpus& m_corpus;
    domain::SystemClock m_clock;
    std::unique_ptr<store::Workspace> m_workspace;
    QString m_folder;
    QString m_documentId;
    QString m_databasePath;
};

} // namespace tessera::bench
