// TargetTextDelegate: edits a translation in place with a multi-line editor; Enter saves, Shift+Enter
// starts a new line (a new plural form), Escape cancels.
#pragma once

#include "ui/widgets/TextCellDelegate.h"

namespace tessera::ui::widgets {

class TargetTextDelegate final : public TextCellDelegate {
    Q_OBJECT

public:
    explicit TargetTextDelegate(QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;

protected:
    bool eventFilter(QObject* object, QEvent* event) override;
};

} // namespace tessera::ui::widgets
