// MtPretranslateLauncher: Project → "Pretranslate with Machine Translation": queues a pretranslate job
// with the configured MT provider for the editor's project and target language (the job runs on the
// session's JobRunner, off the GUI thread, and shows in the Jobs panel), then watches it and reloads the
// editor's segments when it has finished, so the new drafts appear. No network here: the job's handler
// (services/mt) does the talking.
#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace tessera::store {
class Workspace;
}

namespace tessera::ui::jobs {

class MtPretranslateLauncher final : public QObject {
    Q_OBJECT

public:
    // The workspace must outlive the launcher.
    MtPretranslateLauncher(store::Workspace& workspace, QObject* parent = nullptr, int pollMs = 500);

    // The provider the editor's MT suggestions use (settings mt/provider); empty: none chosen.
    static QString configuredProvider();

    // Queues (or resumes) the job; false with a message when there is no project, language or provider.
    bool start(const QString& projectId, const QString& language);
    QString jobId() const { return m_jobId; }

Q_SIGNALS:
    void queued(const QString& jobId);                // a runner may look for work at once
    void finished(const QString& jobId, bool ok);     // the drafts are in the database
    void message(const QString& text, int timeoutMs); // for the status bar

private:
    void poll();

    store::Workspace& m_workspace;
    QTimer* m_timer;
    QString m_jobId;
};

} // namespace tessera::ui::jobs
