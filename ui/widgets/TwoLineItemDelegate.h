// TwoLineItemDelegate: a list entry drawn as its display text in bold over a muted second line.
#pragma once

#include <functional>

#include <QStyledItemDelegate>

namespace tessera::ui::widgets {

class TwoLineItemDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    using Subtitle = std::function<QString(const QModelIndex&)>;

    explicit TwoLineItemDelegate(Subtitle subtitle, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    Subtitle m_subtitle;
};

} // namespace tessera::ui::widgets
