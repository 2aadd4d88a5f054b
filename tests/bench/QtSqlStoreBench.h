// QtSqlStoreBench: the same store benchmark through Qt Sql (QSQLITE driver, prepared QSqlQuery with
// bound values) on a database made by store::Schema, running the statements SegmentRepository runs.
#pragma once

#include <memory>

#include "StoreSide.h"

class QSqlQuery;

namespace tessera::bench {

class SegmentCorpus;

class QtSqlStoreBench final : public StoreSide {
public:
    QtSqlStoreBench(const BenchConfig& config, const SegmentCorpus& corpus);
    ~QtSqlStoreBench() override;

    const char* name() const override { return "Qt Sql"; }
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
    // The prepared statements of one edit, kept like store::Database keeps its cached ones.
    struct EditStatements;

    domain::Result<void> applyEdit(const QString& segmentId, const QStringList& targets);

    const BenchConfig& m_config;
    const SegmentCorpus& m_corpus;
    QString m_connection;
    QString m_documentId;
    QString m_databasePath;
    std::unique_ptr<EditStatements> m_edit;
};

} // namespace tessera::bench
