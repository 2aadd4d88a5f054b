#include "ProjectListModel.h"

#include <QLocale>

#include "store/ProjectRepository.h"

namespace tessera::models {

ProjectListModel::ProjectListModel(store::ProjectRepository& projects, QObject* parent)
    : QAbstractListModel(parent)
    , m_repository(projects)
{}

domain::Result<void> ProjectListModel::reload()
{
    auto projects = m_repository.list();
    beginResetModel();
    m_projects = projects ? std::move(*projects) : QList<domain::Project>();
    endResetModel();
    if (!projects)
        return std::unexpected(projects.error());
    return {};
}

int ProjectListModel::rowForId(const QString& id) const
{
    for (int row = 0; row < m_projects.size(); ++row) {
        if (m_projects.at(row).id == id)
            return row;
    }
    return -1;
}

int ProjectListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_projects.size());
}

QVariant ProjectListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::Project& project = m_projects.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return project.name;
    case Qt::ToolTipRole:
        return toolTip(project);
    case IdRole:
        return project.id;
    case SourceLanguageRole:
        return project.sourceLanguage;
    case TargetLanguagesRole:
        return project.targetLanguages;
    case DeadlineRole:
        return project.deadline;
    case ClientRole:
        return project.client;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProjectListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(NameRole, "name");
    names.insert(SourceLanguageRole, "sourceLanguage");
    names.insert(TargetLanguagesRole, "targetLanguages");
    names.insert(DeadlineRole, "deadline");
    names.insert(ClientRole, "client");
    return names;
}

QString ProjectListModel::toolTip(const domain::Project& project) const
{
    QString text =
        tr("Languages: %1 → %2").arg(project.sourceLanguage, project.targetLanguages.join(QStringLiteral(", ")));
    if (!project.client.isEmpty())
        text += QLatin1Char('\n') + tr("Client: %1").arg(project.client);
    text += QLatin1Char('\n') + (project.deadline.isValid()
                                     ? tr("Deadline: %1").arg(QLocale().toString(project.deadline, QLocale::LongFormat))
                                     : tr("No deadline"));
    return text;
}

} // namespace tessera::models
