#include "TextCellDelegate.h"

#include <limits>

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

namespace tessera::ui::widgets {

namespace {

int textFlags(const QStyleOptionViewItem& option)
{
    return int(option.displayAlignment) | Qt::TextWordWrap;
}

} // namespace

TextCellDelegate::TextCellDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

void TextCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // background, selection, focus

    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Active
                                                                            : QPalette::Inactive;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(
        opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(opt.rect.adjusted(s_padding, s_padding, -s_padding, -s_padding), textFlags(opt), text);
    painter->restore();
}

QSize TextCellDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // Views ask with the column's width in option.rect when they wrap text; otherwise measure one line.
    const int width =
        opt.rect.width() > 2 * s_padding ? opt.rect.width() - 2 * s_padding : std::numeric_limits<int>::max() / 4;
    const QRect text =
        opt.fontMetrics.boundingRect(QRect(0, 0, width, std::numeric_limits<int>::max() / 4), textFlags(opt),
                                     opt.text.isEmpty() ? QStringLiteral(" ") : opt.text);
    return {text.width() + 2 * s_padding, text.height() + 2 * s_padding};
}

} // namespace tessera::ui::widgets
