// JobsPanel: the dock that lists the workspace's background jobs with progress bars, state and queue,
// and pauses or resumes a job's queue, cancels or retries a job. The list is read off the GUI thread
// (models::JobMonitor); the buttons change single rows through the writer connection.
#pragma once

#include <QDockWidget>
#include <QStringList>

class QLabel;
class QPushButton;
class QTableView;

namespace tessera::domain {
class Clock;
}
namespace tessera::store {
class Workspace;
}
namespace tessera::models {
class JobListModel;
class JobMonitor;
} // namespace tessera::models

namespace tessera::ui::jobs {

class JobsPanel final : public QDockWidget {
    Q_OBJECT

public:
    // The workspace must outlive the panel.
    JobsPanel(store::Workspace& workspace, QWidget* parent = nullptr, int pollMs = 500);
    ~JobsPanel() override;

    models::JobListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // Reads the jobs again now (off the GUI thread; the model changes when the snapshot arrives).
    void refresh();

Q_SIGNALS:
    // A job was retried or a queue resumed: a runner may want to look for work at once.
    void workQueued();

private:
    QString selectedId() const;
    void updateButtons();
    void pauseQueue(bool paused);
    void cancelJob();
    void retryJob();
    void report(const QString& failure);

    store::Workspace& m_workspace;
    models::JobListModel* m_model = nullptr;
    models::JobMonitor* m_monitor = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_resume = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_retry = nullptr;
    QLabel* m_status = nullptr;
    QStringList m_pausedQueues;
};

} // namespace tessera::ui::jobs
