// JobListModel: the workspace's background jobs as a table for the Jobs panel: queue, kind, state,
// progress, message or error, attempts. Fed whole lists by JobMonitor; rows are matched by job id so a
// progress update changes cells, not the selection.
#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "domain/Job.h"

namespace tessera::models {

class JobListModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { QueueColumn, KindColumn, StateColumn, ProgressColumn, MessageColumn, AttemptsColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        StateRole,    // domain::JobState as int
        ProgressRole, // int percent
        QueueRole,
    };

    explicit JobListModel(QObject* parent = nullptr);

    // Replaces the rows with `jobs` (newest first): same ids in the same order change cells only.
    void setJobs(const QList<domain::Job>& jobs);
    const domain::Job& jobAt(int row) const { return m_jobs.at(row); }
    int rowForId(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<domain::Job> m_jobs;
};

} // namespace tessera::models
