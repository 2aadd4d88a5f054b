// SegmentHistoryView: a segment's revisions, newest first (who, when, what changed against the one
// before), with a Restore button that asks to write the selected version back.
#pragma once

#include <QList>
#include <QWidget>

#include "domain/SegmentRevision.h"

class QLabel;
class QPushButton;
class QTreeWidget;

namespace tessera::ui::editor {

class SegmentHistoryView final : public QWidget {
    Q_OBJECT

public:
    enum Column { RevColumn, WhenColumn, WhoColumn, ChangeColumn, ColumnCount };

    explicit SegmentHistoryView(QWidget* parent = nullptr);

    // `revisions` oldest first, as the store lists them; `now` for "3 days ago".
    void setRevisions(const QList<domain::SegmentRevision>& revisions, const QDateTime& now);
    QTreeWidget* tree() const { return m_tree; }

    // "Draft → Translated; target: »…«" for a revision against the one before (none for the first).
    static QString describeChange(const domain::SegmentRevision& revision, const domain::SegmentRevision* before);

Q_SIGNALS:
    void restoreRequested(const QString& revisionId, qint64 rev);

private:
    void updateButton();

    QTreeWidget* m_tree;
    QLabel* m_empty;
    QPushButton* m_restore;
};

} // namespace tessera::ui::editor
