#include "DocumentListModel.h"

#include "store/DocumentRepository.h"

namespace tessera::models {

DocumentListModel::DocumentListModel(store::DocumentRepository& documents, QObject* parent)
    : QAbstractListModel(parent)
    , m_repository(documents)
{}

domain::Result<void> DocumentListModel::setProjectId(const QString& projectId)
{
    m_projectId = projectId;
    return reload();
}

domain::Result<void> DocumentListModel::reload()
{
    domain::Result<QList<domain::Document>> documents = QList<domain::Document>();
    if (!m_projectId.isEmpty())
        documents = m_repository.listForProject(m_projectId);
    beginResetModel();
    m_documents = documents ? std::move(*documents) : QList<domain::Document>();
    endResetModel();
    if (!documents)
        return std::unexpected(documents.error());
    return {};
}

int DocumentListModel::rowForId(const QString& id) const
{
    for (int row = 0; row < m_documents.size(); ++row) {
        if (m_documents.at(row).id == id)
            return row;
    }
    return -1;
}

int DocumentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

QVariant DocumentListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::Document& document = m_documents.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 — %2").arg(document.name, document.targetLanguage);
    case Qt::ToolTipRole:
        return tr("%1\nFormat: %2\nSegments: %3").arg(document.name, document.format).arg(document.segmentCount);
    case IdRole:
        return document.id;
    case NameRole:
        return document.name;
    case LanguageRole:
        return document.targetLanguage;
    case FormatRole:
        return document.format;
    case SegmentCountRole:
        return document.segmentCount;
    default:
        return {};
    }
}

QHash<int, QByteArray> DocumentListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(NameRole, "name");
    names.insert(LanguageRole, "language");
    names.insert(FormatRole, "format");
    names.insert(SegmentCountRole, "segmentCount");
    return names;
}

} // namespace tessera::models
