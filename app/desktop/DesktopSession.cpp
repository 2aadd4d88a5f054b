#include "DesktopSession.h"

#include <QEventLoopLocker>
#include <QFileInfo>
#include <QMessageBox>

#include "DesktopMtProviders.h"
#include "TestEditHook.h"
#include "jobs/JobRunner.h"
#include "jobs/JobsLog.h"
#include "jobs/PretranslateJob.h"
#include "store/Workspace.h"
#include "ui/jobs/JobsPanel.h"
#include "ui/jobs/MtPretranslateLauncher.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/WorkspaceErrorMessage.h"

namespace tessera::desktop {

DesktopSession::DesktopSession(QString author, QObject* parent)
    : QObject(parent)
    , m_author(std::move(author))
{}

DesktopSession::~DesktopSession()
{
    m_runner.reset(); // hands running jobs back to the queue
    m_window.reset(); // before the workspace it shows
}

domain::Result<void> DesktopSession::open(const QString& path)
{
    if (m_workspace && QFileInfo(path).absoluteFilePath() == m_workspace->path())
        return {}; // already open; opening it again would only find our own lock
    auto opened = store::Workspace::open(path, store::Workspace::Access::ReadWrite, m_clock);
    if (!opened)
        return std::unexpected(opened.error());
    // Closing the only window must not end the application while the next one is being built.
    const QEventLoopLocker keepRunning;
    if (m_window)
        m_window->close(); // saves its settings
    m_runner.reset();
    m_window.reset();
    m_workspace = std::move(*opened);
    m_runner = std::make_unique<jobs::JobRunner>(*m_workspace, m_clock);
    auto pretranslate = std::make_shared<jobs::PretranslateJob>();
    pretranslate->setMtHandler(std::make_shared<mt::MtPretranslateHandler>(DesktopMtProviders::factory()));
    m_runner->addHandler(pretranslate);
    if (auto recovered = m_runner->recover(); !recovered)
        qCWarning(jobs::lcJobs) << "recovering the jobs of" << path << "failed:" << recovered.error().describe();
    m_runner->start();
    m_window = std::make_unique<ui::shell::MainWindow>(*m_workspace, m_author);
    connect(m_window->jobsPanel(), &ui::jobs::JobsPanel::workQueued, this, [this] { m_runner->wake(); });
    connect(m_window->mtPretranslate(), &ui::jobs::MtPretranslateLauncher::queued, this, [this] { m_runner->wake(); });
    // Queued: the request comes from inside the window's file dialog, which the switch destroys.
    connect(m_window.get(), &ui::shell::MainWindow::openWorkspaceRequested, this, &DesktopSession::switchTo,
            Qt::QueuedConnection);
    m_window->show();
    TestEditHook::startIfRequested(*m_window, *m_workspace);
    return {};
}

void DesktopSession::switchTo(const QString& path)
{
    if (auto opened = open(path); !opened)
        ui::shell::WorkspaceErrorMessage::create(m_window.get(), path, opened.error())->open();
}

} // namespace tessera::desktop
