// SegmentTableModel: the segments of one document as a table (#, key, source, target, state) whose
// target column edits the store through SegmentRepository::applyEdit.
#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "domain/Result.h"
#include "domain/Segment.h"

namespace tessera::store {
class SegmentRepository;
}

namespace tessera::models {

class SegmentTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NumberColumn, KeyColumn, SourceColumn, TargetColumn, StateColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SegmentIdRole = Qt::UserRole + 1,
        StateRole,  // int: a domain::SegmentState
        LockedRole, // bool
        PluralRole, // bool
        RevRole,    // qint64
        FormsRole,  // QStringList: the target forms
        NoteRole,   // the developer note
    };
    Q_ENUM(Role)

    // The repository must outlive the model; `author` is recorded on every edit made through it.
    SegmentTableModel(store::SegmentRepository& segments, QString author, QObject* parent = nullptr);

    // Shows the segments of this document (none for an empty id); on failure the table is left empty.
    domain::Result<void> setDocumentId(const QString& documentId);
    QString documentId() const { return m_documentId; }
    domain::Result<void> reload();

    int rowForId(const QString& segmentId) const;
    const domain::Segment& segmentAt(int row) const { return m_segments.at(row); }
    QString author() const { return m_author; }

    // The user-facing name of a state ("Translated"), shared with the views.
    static QString stateName(domain::SegmentState state);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Target column only. Plural forms come one per line. Filled text makes the segment Translated
    // (Draft while some plural form is still empty); emptied text makes it Draft, or New if it was
    // not yet confirmed. A failed edit leaves the row as it was and emits editFailed.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

Q_SIGNALS:
    // `serious` when the store itself failed (database, disk) rather than refusing the edit
    // (locked segment, changed meanwhile, a transition the workflow forbids).
    void editFailed(const QString& message, bool serious);

private:
    QVariant displayData(const domain::Segment& segment, int row, int column) const;
    QString toolTip(const domain::Segment& segment, int column) const;

    store::SegmentRepository& m_repository;
    QString m_author;
    QString m_documentId;
    QList<domain::Segment> m_segments;
};

} // namespace tessera::models
