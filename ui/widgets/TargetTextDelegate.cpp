#include "TargetTextDelegate.h"

#include <QKeyEvent>
#include <QPlainTextEdit>

namespace tessera::ui::widgets {

namespace {
constexpr int s_minimumRowLines = 2;
}

TargetTextDelegate::TargetTextDelegate(QObject* parent)
    : TextCellDelegate(parent)
{}

QWidget* TargetTextDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                          const QModelIndex& index) const
{
    Q_UNUSED(option)
    Q_UNUSED(index)
    auto* editor = new QPlainTextEdit(parent);
    editor->setObjectName(QStringLiteral("targetEditor"));
    editor->setTabChangesFocus(true);
    editor->setFrameShape(QFrame::Box);
    editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    editor->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return editor;
}

void TargetTextDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* text = qobject_cast<QPlainTextEdit*>(editor);
    if (!text) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const QString value = index.data(Qt::EditRole).toString();
    if (text->toPlainText() == value)
        return; // the row was refreshed while editing: keep the user's cursor
    text->setPlainText(value);
    text->selectAll(); // like a line edit in a view: typing replaces, arrow keys keep
}

void TargetTextDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* text = qobject_cast<QPlainTextEdit*>(editor);
    if (!text) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    model->setData(index, text->toPlainText(), Qt::EditRole);
}

void TargetTextDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                              const QModelIndex& index) const
{
    Q_UNUSED(index)
    QRect rect = option.rect;
    const int minimum = s_minimumRowLines * option.fontMetrics.lineSpacing() + 12;
    rect.setHeight(std::max(rect.height(), minimum));
    editor->setGeometry(rect);
}

bool TargetTextDelegate::eventFilter(QObject* object, QEvent* event)
{
    auto* editor = qobject_cast<QPlainTextEdit*>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && (key->modifiers() & Qt::ShiftModifier)) {
            editor->insertPlainText(QStringLiteral("\n")); // a plain newline, not a U+2028 line separator
            return true;
        }
        if (enter) {
            Q_EMIT commitData(editor);
            Q_EMIT closeEditor(editor, QAbstractItemDelegate::NoHint);
            return true;
        }
    }
    return TextCellDelegate::eventFilter(object, event);
}

} // namespace tessera::ui::widgets
