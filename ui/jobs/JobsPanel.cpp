// JobsPanel: a table with a progress delegate over JobListModel, four buttons, and a status line for
// paused queues and failures.
#include "JobsPanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "JobProgressDelegate.h"
#include "jobs/JobQueue.h"
#include "models/JobListModel.h"
#include "models/JobMonitor.h"
#include "store/Workspace.h"

namespace tessera::ui::jobs {

using domain::JobState;

JobsPanel::JobsPanel(store::Workspace& workspace, QWidget* parent, int pollMs)
    : QDockWidget(tr("Jobs"), parent)
    , m_workspace(workspace)
    , m_model(new models::JobListModel(this))
{
    setObjectName(QStringLiteral("jobsPanel"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);

    m_view = new QTableView(body);
    m_view->setObjectName(QStringLiteral("jobsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setItemDelegateForColumn(models::JobListModel::ProgressColumn, new JobProgressDelegate(m_view));
    m_view->horizontalHeader()->setSectionResizeMode(models::JobListModel::MessageColumn, QHeaderView::Stretch);
    layout->addWidget(m_view);

    auto* buttons = new QHBoxLayout;
    const auto button = [&](const QString& name, const QString& text, const QString& tip) {
        auto* b = new QPushButton(text, body);
        b->setObjectName(name);
        b->setToolTip(tip);
        buttons->addWidget(b);
        return b;
    };
    m_pause = button(QStringLiteral("pauseQueue"), tr("&Pause Queue"),
                     tr("Start no more jobs of the selected job's queue; running ones finish"));
    m_resume = button(QStringLiteral("resumeQueue"), tr("R&esume Queue"), tr("Start the queue's jobs again"));
    m_cancel = button(QStringLiteral("cancelJob"), tr("&Cancel"),
                      tr("Cancel the job; a running one stops after the part it is writing"));
    m_retry = button(QStringLiteral("retryJob"), tr("&Retry"),
                     tr("Run a failed or cancelled job again, from where it stopped"));
    buttons->addStretch();
    layout->addLayout(buttons);
    m_status = new QLabel(body);
    m_status->setObjectName(QStringLiteral("jobsStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    setWidget(body);

    connect(m_pause, &QPushButton::clicked, this, [this] { pauseQueue(true); });
    connect(m_resume, &QPushButton::clicked, this, [this] { pauseQueue(false); });
    connect(m_cancel, &QPushButton::clicked, this, &JobsPanel::cancelJob);
    connect(m_retry, &QPushButton::clicked, this, &JobsPanel::retryJob);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &JobsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &JobsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &JobsPanel::updateButtons);
    updateButtons();

    m_monitor = new models::JobMonitor(
        workspace.path(), workspace.clock(), this,
        [this](const QList<domain::Job>& jobs, const QList<domain::JobQueueSettings>& queues) {
            const QString selected = selectedId();
            m_model->setJobs(jobs);
            if (const int row = m_model->rowForId(selected); row >= 0 && selectedId() != selected)
                m_view->selectRow(row);
            m_pausedQueues.clear();
            for (const auto& queue : queues) {
                if (queue.paused)
                    m_pausedQueues.append(queue.name);
            }
            m_status->setText(m_pausedQueues.isEmpty()
                                  ? QString()
                                  : tr("Paused queues: %1").arg(m_pausedQueues.join(QStringLiteral(", "))));
            updateButtons();
        },
        pollMs);
}

JobsPanel::~JobsPanel()
{
    delete m_monitor; // stops its thread before anything it reports to is gone
}

void JobsPanel::refresh()
{
    m_monitor->refresh();
}

QString JobsPanel::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(models::JobListModel::IdRole).toString();
}

void JobsPanel::updateButtons()
{
    const int row = m_model->rowForId(selectedId());
    const bool any = row >= 0;
    const JobState state = any ? m_model->jobAt(row).state : JobState::Queued;
    const bool paused = any && m_pausedQueues.contains(m_model->jobAt(row).queue);
    m_pause->setEnabled(any && !paused);
    m_resume->setEnabled(any && paused);
    m_cancel->setEnabled(any && !domain::isFinished(state) && !m_model->jobAt(row).cancelRequested);
    m_retry->setEnabled(any && (state == JobState::Failed || state == JobState::Cancelled));
}

void JobsPanel::report(const QString& failure)
{
    m_status->setText(failure);
}

void JobsPanel::pauseQueue(bool paused)
{
    const int row = m_model->rowForId(selectedId());
    if (row < 0)
        return;
    tessera::jobs::JobQueue queue(m_workspace.jobs(), m_workspace.clock());
    const QString name = m_model->jobAt(row).queue;
    if (auto done = paused ? queue.pause(name) : queue.resume(name); !done)
        return report(tr("Could not change the queue %1: %2").arg(name, done.error().message));
    if (!paused)
        Q_EMIT workQueued();
    refresh();
}

void JobsPanel::cancelJob()
{
    tessera::jobs::JobQueue queue(m_workspace.jobs(), m_workspace.clock());
    if (auto done = queue.cancel(selectedId()); !done)
        return report(tr("Could not cancel the job: %1").arg(done.error().message));
    refresh();
}

void JobsPanel::retryJob()
{
    tessera::jobs::JobQueue queue(m_workspace.jobs(), m_workspace.clock());
    if (auto done = queue.retry(selectedId()); !done)
        return report(tr("Could not retry the job: %1").arg(done.error().message));
    Q_EMIT workQueued();
    refresh();
}

} // namespace tessera::ui::jobs
