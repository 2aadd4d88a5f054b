// DashboardPage: the workspace's projects and, for the selected one, its details and documents;
// double-clicking a document asks for it to be opened in the editor.
#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QModelIndex;
class QStackedWidget;

namespace tessera::domain {
class Clock;
}

namespace tessera::store {
class Workspace;
}

namespace tessera::models {
class DocumentListModel;
class ProjectListModel;
} // namespace tessera::models

namespace tessera::ui::dashboard {

class DashboardPage final : public QWidget {
    Q_OBJECT

public:
    // The workspace must outlive the page.
    explicit DashboardPage(store::Workspace& workspace, QWidget* parent = nullptr);

    // Reads the projects again and keeps the selected one if it still exists.
    void reload();
    // Selects the project with this id; false if there is none.
    bool selectProject(const QString& projectId);
    QString currentProjectId() const;

Q_SIGNALS:
    void projectSelected(const QString& projectId); // empty when no project is selected
    void documentActivated(const QString& documentId);
    void statusMessage(const QString& message);

private:
    QWidget* createProjectPane();
    QWidget* createDetailsPane();
    void onCurrentProjectChanged(const QModelIndex& current);
    void showDetails(const QModelIndex& project);
    QString deadlineText(const QDate& deadline) const;

    const domain::Clock& m_clock;
    models::ProjectListModel* m_projects;
    models::DocumentListModel* m_documents;
    QStackedWidget* m_projectStack = nullptr;
    QListView* m_projectView = nullptr;
    QListView* m_documentView = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_documentHint = nullptr;
};

} // namespace tessera::ui::dashboard
