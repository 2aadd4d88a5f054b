// SegmentFlagsDelegate: paints a segment's flags as small icons: comments and QA issues with their
// counts, and a lock for locked segments.
#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

namespace tessera::ui::widgets {

class SegmentFlagsDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    // The counts come from `commentsRole` and `qaIssuesRole` (ints), the lock from `lockedRole` (bool).
    SegmentFlagsDelegate(int commentsRole, int qaIssuesRole, int lockedRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_commentsRole;
    int m_qaIssuesRole;
    int m_lockedRole;
    QIcon m_comment;
    QIcon m_warning;
    QIcon m_lock;
};

} // namespace tessera::ui::widgets
