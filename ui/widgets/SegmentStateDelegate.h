// SegmentStateDelegate: paints a segment's state as a coloured badge (and a lock for locked segments).
#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

namespace tessera::ui::widgets {

class SegmentStateDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    // Reads the state from `stateRole` (an int domain::SegmentState) and the lock from `lockedRole`.
    SegmentStateDelegate(int stateRole, int lockedRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QRect badgeRect(const QStyleOptionViewItem& option, const QString& text) const;

    int m_stateRole;
    int m_lockedRole;
    QIcon m_lock;
};

} // namespace tessera::ui::widgets
