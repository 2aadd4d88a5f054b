// TextCellDelegate: draws a table cell's text word-wrapped with some breathing room around it.
#pragma once

#include <QStyledItemDelegate>

namespace tessera::ui::widgets {

class TextCellDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit TextCellDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    static constexpr int s_padding = 6;
};

} // namespace tessera::ui::widgets
