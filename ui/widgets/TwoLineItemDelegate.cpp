#include "TwoLineItemDelegate.h"

#include <QApplication>
#include <QPainter>

namespace tessera::ui::widgets {

namespace {

constexpr int s_hPadding = 10;
constexpr int s_vPadding = 6;
constexpr int s_lineGap = 2;

QFont titleFont(const QFont& base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}

} // namespace

TwoLineItemDelegate::TwoLineItemDelegate(Subtitle subtitle, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_subtitle(std::move(subtitle))
{}

void TwoLineItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    const QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = (opt.state & QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(selected ? 0.85f : 0.6f);

    const QRect area = opt.rect.adjusted(s_hPadding, s_vPadding, -s_hPadding, -s_vPadding);
    const QFont bold = titleFont(opt.font);
    const QFontMetrics boldMetrics(bold);
    painter->save();
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(QRect(area.left(), area.top(), area.width(), boldMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, boldMetrics.elidedText(title, Qt::ElideRight, area.width()));
    painter->setFont(opt.font);
    painter->setPen(muted);
    const QRect second(area.left(), area.top() + boldMetrics.height() + s_lineGap, area.width(),
                       opt.fontMetrics.height());
    painter->drawText(second, Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(m_subtitle(index), Qt::ElideRight, area.width()));
    painter->restore();
}

QSize TwoLineItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QFontMetrics boldMetrics(titleFont(opt.font));
    const int width =
        std::max(boldMetrics.horizontalAdvance(opt.text), opt.fontMetrics.horizontalAdvance(m_subtitle(index)));
    return {width + 2 * s_hPadding, boldMetrics.height() + s_lineGap + opt.fontMetrics.height() + 2 * s_vPadding};
}

} // namespace tessera::ui::widgets
