#include "SegmentFlagsDelegate.h"

#include <QApplication>
#include <QPainter>

#include "ui/widgets/GridMetrics.h"
#include "ui/widgets/Icons.h"

namespace tessera::ui::widgets {

namespace {

constexpr int s_iconSize = 14;
constexpr int s_gap = 3;

} // namespace

SegmentFlagsDelegate::SegmentFlagsDelegate(int commentsRole, int qaIssuesRole, int lockedRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_commentsRole(commentsRole)
    , m_qaIssuesRole(qaIssuesRole)
    , m_lockedRole(lockedRole)
    , m_comment(Icons::icon(QStringLiteral("comment")))
    , m_warning(Icons::icon(QStringLiteral("warning")))
    , m_lock(Icons::icon(QStringLiteral("lock")))
{}

void SegmentFlagsDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // background and selection

    painter->save();
    painter->setFont(opt.font);
    painter->setPen(
        opt.palette.color((opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    // Icons sit on the first text line, like the other cells' text.
    const int top = opt.rect.top() + s_cellMargin + (opt.fontMetrics.height() - s_iconSize) / 2;
    int x = opt.rect.left() + s_cellMargin;
    const auto draw = [&](const QIcon& icon, int count) {
        icon.paint(painter, QRect(x, top, s_iconSize, s_iconSize));
        x += s_iconSize + s_gap;
        if (count > 0) {
            const QString text = QString::number(count);
            painter->drawText(QRect(x, opt.rect.top() + s_cellMargin, opt.fontMetrics.horizontalAdvance(text),
                                    opt.fontMetrics.height()),
                              Qt::AlignLeft | Qt::AlignVCenter, text);
            x += opt.fontMetrics.horizontalAdvance(text) + 2 * s_gap;
        }
    };
    if (const int comments = index.data(m_commentsRole).toInt(); comments > 0)
        draw(m_comment, comments);
    if (const int issues = index.data(m_qaIssuesRole).toInt(); issues > 0)
        draw(m_warning, issues);
    if (index.data(m_lockedRole).toBool())
        draw(m_lock, 0);
    painter->restore();
}

QSize SegmentFlagsDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    Q_UNUSED(index);
    const int number = option.fontMetrics.horizontalAdvance(QStringLiteral("99")) + 2 * s_gap;
    return {2 * s_cellMargin + 3 * (s_iconSize + s_gap) + 2 * number, option.fontMetrics.height() + 2 * s_cellMargin};
}

} // namespace tessera::ui::widgets
