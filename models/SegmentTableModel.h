// SegmentTableModel: one document's segments as a virtual table (#, key, source, target, state,
// match %, flags): it keeps the document's compact SegmentIndex and the positions the filter selects,
// and fetches full rows a page at a time through SegmentBrowser into a small LRU cache; the target
// column edits the store through SegmentRepository::applyEdit.
#pragma once

#include <array>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include "domain/Result.h"
#include "domain/Segment.h"
#include "models/SegmentPageCache.h"
#include "store/SegmentFilter.h"
#include "store/SegmentIndex.h"

namespace tessera::store {
class SegmentBrowser;
class SegmentRepository;
} // namespace tessera::store

namespace tessera::models {

class SegmentTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        KeyColumn,
        SourceColumn,
        TargetColumn,
        StateColumn,
        MatchColumn,
        FlagsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SegmentIdRole = Qt::UserRole + 1,
        StateRole,        // int: a domain::SegmentState
        LockedRole,       // bool
        PluralRole,       // bool
        RevRole,          // qint64
        FormsRole,        // QStringList: the target forms
        NoteRole,         // the developer note
        OriginRole,       // Segment::origin: "tm:NAME 87%", "propagated", or empty
        MatchRole,        // int: the match score the origin records, -1 when none
        CommentCountRole, // int
        QaIssueCountRole, // int: as the QA service reported through setQaIssueCounts
        ObsoleteRole,     // bool
        NumberRole,       // int: the segment's number in the document (1-based)
    };
    Q_ENUM(Role)

    // Both must outlive the model; `author` is recorded on every edit made through it.
    SegmentTableModel(store::SegmentRepository& segments, store::SegmentBrowser& browser, QString author,
                      QObject* parent = nullptr);

    // Shows the segments of this document (none for an empty id) under the current filter; on failure
    // the table is left empty.
    domain::Result<void> setDocumentId(const QString& documentId);
    QString documentId() const { return m_documentId; }
    // Reads the document again (edits made elsewhere show), keeping the filter.
    domain::Result<void> reload();

    // Shows only the segments that pass `filter`, in its order; with `onlyQaIssues`, only those the
    // QA service reported issues for. A bad filter (invalid regular expression) leaves the view as it
    // was and says why. An edited row stays in view until the filter is applied again.
    domain::Result<void> setFilter(const store::SegmentFilter& filter, bool onlyQaIssues = false);
    const store::SegmentFilter& filter() const { return m_filter; }
    bool onlyQaIssues() const { return m_onlyQaIssues; }

    // The hook the QA service fills: issue counts by segment id (absent: none). Updates the flags
    // column, and the view when it shows only segments with issues.
    void setQaIssueCounts(QHash<QString, int> countsBySegmentId);
    // One segment's count after an edit: its flags cell changes; the view keeps its rows (a segment
    // fixed under "With QA issues" stays until the filter is applied again).
    void setQaIssueCount(const QString& segmentId, int count);
    int qaIssueCount(const QString& segmentId) const { return m_qaIssues.value(segmentId); }

    // The view row of a segment, -1 when it is not in view.
    int rowForId(const QString& segmentId) const;
    // A segment the editor wrote through the store (pane edits, confirm, undo, propagation): its row,
    // the state counts and the index take it, without reading the document again. Nothing happens for
    // a segment of another document.
    void segmentWritten(const domain::Segment& segment);
    // The next view row after `row` whose segment needs work (New, Draft, Rejected), wrapping round to
    // the top; -1 when no other row in view does. Read from the index: no page is fetched.
    int nextRowNeedingWork(int row) const;
    // The segment at a view row (read from the store if its page is not cached); empty if gone.
    domain::Segment segmentAt(int row) const;
    QString author() const { return m_author; }
    // Segments of the whole document in each state (obsolete ones not counted), indexed by state.
    const std::array<int, 6>& stateCounts() const { return m_stateCounts; }
    // Segments in the document, filtered or not.
    int documentSegmentCount() const { return m_index.size(); }
    // Bytes the model holds for the whole document (index and view, not the row cache).
    std::size_t indexBytes() const { return m_index.bytes() + std::size_t(m_view.capacity()) * sizeof(int); }
    // The score a recorded origin carries ("tm:Main 87%" → 87), -1 when it names none.
    static int matchScore(const QString& origin);

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
    // Number: document order; Key: key; Source: source length; State: state. Other columns keep the
    // current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // `serious` when the store itself failed (database, disk) rather than refusing the edit
    // (locked segment, changed meanwhile, a transition the workflow forbids).
    void editFailed(const QString& message, bool serious);
    // A page of rows could not be read (the view shows those rows empty).
    void readFailed(const QString& message);

private:
    // The full row at a view row, fetching its page when needed; null when it cannot be read.
    store::SegmentRow* rowAt(int row) const;
    domain::Result<QList<int>> select(const store::SegmentIndex& index) const;
    QVariant displayData(const store::SegmentRow& row, int viewRow, int column) const;
    QString toolTip(const store::SegmentRow& row, int column) const;
    int qaIssues(const QString& segmentId) const { return m_qaIssues.value(segmentId); }

    store::SegmentRepository& m_repository;
    store::SegmentBrowser& m_browser;
    QString m_author;
    QString m_documentId;
    store::SegmentFilter m_filter;
    bool m_onlyQaIssues = false;
    QHash<QString, int> m_qaIssues;
    store::SegmentIndex m_index; // every segment of the document, in document order
    QList<int> m_view;           // positions in m_index of the rows shown, in view order
    std::array<int, 6> m_stateCounts{};
    mutable SegmentPageCache m_cache;
};

} // namespace tessera::models
