// WrappingTreeDelegate: word-wraps the text of a tree view's items and sizes each row to it. QTreeView
// asks its delegate for row heights without the column's width, so it cannot wrap on its own; this
// delegate knows its view, measures against the column's width, and lays the rows out again when
// the view's width changes.
#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace tessera::ui::widgets {

class WrappingTreeDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    // Installs itself on `view` (item delegate, word wrap, no uniform row heights).
    explicit WrappingTreeDelegate(QTreeView* view);

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    int textWidth(const QModelIndex& index) const;
    void relayoutSoon();

    QTreeView* m_view;
    int m_laidOutWidth = -1;
    bool m_relayoutPending = false;
};

} // namespace tessera::ui::widgets
