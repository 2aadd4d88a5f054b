// DesktopSession: the open workspace and the main window showing it; switches both when the user
// opens another workspace, so a window never outlives its workspace.
#pragma once

#include <memory>

#include <QObject>

#include "domain/Clock.h"
#include "domain/Result.h"

namespace tessera::store {
class Workspace;
}

namespace tessera::jobs {
class JobRunner;
}

namespace tessera::ui::shell {
class MainWindow;
}

namespace tessera::desktop {

class DesktopSession final : public QObject {
    Q_OBJECT

public:
    explicit DesktopSession(QString author, QObject* parent = nullptr);
    ~DesktopSession() override;

    // Opens the workspace read-write and shows it in a new main window, closing the previous one.
    // On failure nothing changes (neither here nor on disk).
    domain::Result<void> open(const QString& path);

private:
    void switchTo(const QString& path);

    QString m_author;
    domain::SystemClock m_clock;
    std::unique_ptr<store::Workspace> m_workspace;
    std::unique_ptr<ui::shell::MainWindow> m_window;
    // Runs the workspace's background jobs on worker threads while it is open.
    std::unique_ptr<jobs::JobRunner> m_runner;
};

} // namespace tessera::desktop
