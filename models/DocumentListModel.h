// DocumentListModel: the documents of one project ("name — language"), for the dashboard and the editor's picker.
#pragma once

#include <QAbstractListModel>
#include <QList>

#include "domain/Document.h"
#include "domain/Result.h"

namespace tessera::store {
class DocumentRepository;
}

namespace tessera::models {

class DocumentListModel final : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,     // path inside the project, e.g. "ui/app_strings.po"
        LanguageRole, // target language, BCP 47
        FormatRole,
        SegmentCountRole, // int
    };
    Q_ENUM(Role)

    // The repository must outlive the model.
    explicit DocumentListModel(store::DocumentRepository& documents, QObject* parent = nullptr);

    // Shows the documents of this project (none for an empty id); on failure the list is left empty.
    domain::Result<void> setProjectId(const QString& projectId);
    QString projectId() const { return m_projectId; }
    domain::Result<void> reload();

    int rowForId(const QString& id) const;
    const domain::Document& documentAt(int row) const { return m_documents.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    store::DocumentRepository& m_repository;
    QString m_projectId;
    QList<domain::Document> m_documents;
};

} // namespace tessera::models
