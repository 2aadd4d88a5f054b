// HtmlItemDelegate: draws an item's display text as rich text (marked matches in a find-and-replace
// preview), word-wrapped to the column, and sizes the row to it.
#pragma once

#include <QStyledItemDelegate>

namespace tessera::ui::widgets {

class HtmlItemDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit HtmlItemDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace tessera::ui::widgets
