// JobListModel: display text per column, the raw values in roles for the progress delegate.
#include "JobListModel.h"

namespace tessera::models {

using domain::Job;
using domain::JobState;

JobListModel::JobListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void JobListModel::setJobs(const QList<Job>& jobs)
{
    bool sameRows = jobs.size() == m_jobs.size();
    for (qsizetype i = 0; sameRows && i < jobs.size(); ++i)
        sameRows = jobs.at(i).id == m_jobs.at(i).id;
    if (!sameRows) {
        beginResetModel();
        m_jobs = jobs;
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        const Job& before = m_jobs.at(i);
        const Job& after = jobs.at(i);
        const bool changed = before.state != after.state || before.progress != after.progress ||
                             before.message != after.message || before.lastError != after.lastError ||
                             before.attempts != after.attempts || before.cancelRequested != after.cancelRequested;
        m_jobs[i] = after;
        if (changed)
            Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
}

int JobListModel::rowForId(const QString& id) const
{
    for (qsizetype i = 0; i < m_jobs.size(); ++i) {
        if (m_jobs.at(i).id == id)
            return int(i);
    }
    return -1;
}

int JobListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Job& job = m_jobs.at(index.row());
    switch (role) {
    case IdRole:
        return job.id;
    case StateRole:
        return int(job.state);
    case ProgressRole:
        return job.progress;
    case QueueRole:
        return job.queue;
    case Qt::ToolTipRole:
        return job.lastError.isEmpty() ? job.message : job.lastError;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case QueueColumn:
        return job.queue;
    case KindColumn:
        return job.kind;
    case StateColumn:
        if (job.state == JobState::Running && job.cancelRequested)
            return tr("cancelling");
        return domain::jobStateName(job.state);
    case ProgressColumn:
        return job.progress;
    case MessageColumn:
        return job.state == JobState::Failed || (job.state == JobState::Queued && !job.lastError.isEmpty())
                   ? job.lastError
                   : job.message;
    case AttemptsColumn:
        return QStringLiteral("%1/%2").arg(job.attempts).arg(job.maxAttempts);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case QueueColumn:
        return tr("Queue");
    case KindColumn:
        return tr("Job");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case MessageColumn:
        return tr("Message");
    case AttemptsColumn:
        return tr("Attempts");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace tessera::models
