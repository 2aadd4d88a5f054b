// JobProgressDelegate: paints a job's progress cell as a progress bar with its percent.
#pragma once

#include <QStyledItemDelegate>

namespace tessera::ui::jobs {

class JobProgressDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace tessera::ui::jobs
