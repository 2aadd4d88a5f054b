// MainWindow: Tessera's shell: navigation between the pages (dashboard, editor, review, analytics),
// menus, status bar, and the window state kept across sessions.
#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace tessera::store {
class Workspace;
}

namespace tessera::ui::dashboard {
class DashboardPage;
}

namespace tessera::ui::editor {
class EditorPage;
}

namespace tessera::ui::jobs {
class JobsPanel;
class MtPretranslateLauncher;
} // namespace tessera::ui::jobs

namespace tessera::ui::shell {

class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    enum class Page { Dashboard, Editor, Review, Analytics };
    Q_ENUM(Page)

    // The workspace must outlive the window; `author` is recorded on the edits made in it.
    MainWindow(store::Workspace& workspace, const QString& author, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    dashboard::DashboardPage* dashboard() const { return m_dashboard; }
    editor::EditorPage* editor() const { return m_editor; }
    // The background jobs dock (View ▸ Jobs); hidden until shown.
    jobs::JobsPanel* jobsPanel() const { return m_jobsPanel; }
    // Project ▸ Pretranslate with Machine Translation: queues the job and reloads the editor after it.
    jobs::MtPretranslateLauncher* mtPretranslate() const { return m_mtPretranslate; }

Q_SIGNALS:
    // The user chose another workspace; whoever opened this one decides whether to switch.
    void openWorkspaceRequested(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createPages(const QString& author);
    void createNavigation();
    void createMenus();
    void createStatusBar();
    void restoreSettings();
    void saveSettings() const;
    void openDocument(const QString& documentId);
    void chooseWorkspace();
    void showAbout();

    store::Workspace& m_workspace;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    dashboard::DashboardPage* m_dashboard = nullptr;
    editor::EditorPage* m_editor = nullptr;
    jobs::JobsPanel* m_jobsPanel = nullptr;
    jobs::MtPretranslateLauncher* m_mtPretranslate = nullptr;
    QLabel* m_workspaceLabel = nullptr;
    QLabel* m_connectionLabel = nullptr;
};

} // namespace tessera::ui::shell
