// ProjectListModel: the workspace's projects as a list, for the dashboard and the project pickers.
#pragma once

#include <QAbstractListModel>
#include <QList>

#include "domain/Project.h"
#include "domain/Result.h"

namespace tessera::store {
class ProjectRepository;
}

namespace tessera::models {

class ProjectListModel final : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        SourceLanguageRole,  // QString, BCP 47
        TargetLanguagesRole, // QStringList
        DeadlineRole,        // QDate, null when none
        ClientRole,
    };
    Q_ENUM(Role)

    // The repository must outlive the model.
    explicit ProjectListModel(store::ProjectRepository& projects, QObject* parent = nullptr);

    // Reads the projects again; on failure the list is left empty and the error returned.
    domain::Result<void> reload();

    // The row of the project with this id, or -1.
    int rowForId(const QString& id) const;
    const domain::Project& projectAt(int row) const { return m_projects.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString toolTip(const domain::Project& project) const;

    store::ProjectRepository& m_repository;
    QList<domain::Project> m_projects;
};

} // namespace tessera::models
