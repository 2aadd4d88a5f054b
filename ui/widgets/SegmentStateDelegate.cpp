#include "SegmentStateDelegate.h"

#include <array>

#include <QApplication>
#include <QPainter>

#include "ui/widgets/GridMetrics.h"
#include "ui/widgets/Icons.h"

namespace tessera::ui::widgets {

namespace {

struct BadgeColors {
    QColor background;
    QColor text;
};

// One entry per domain::SegmentState, in its order; light tints keep the label readable when the
// row is selected too.
BadgeColors colorsFor(int state)
{
    static const std::array<BadgeColors, 6> s_colors{{
        {QColor(0xe5, 0xe7, 0xeb), QColor(0x37, 0x41, 0x51)}, // New
        {QColor(0xfe, 0xf3, 0xc7), QColor(0x92, 0x40, 0x0e)}, // Draft
        {QColor(0xdb, 0xea, 0xfe), QColor(0x1e, 0x40, 0xaf)}, // Translated
        {QColor(0xcc, 0xfb, 0xf1), QColor(0x11, 0x5e, 0x59)}, // Reviewed
        {QColor(0xdc, 0xfc, 0xe7), QColor(0x16, 0x65, 0x34)}, // Approved
        {QColor(0xfe, 0xe2, 0xe2), QColor(0x99, 0x1b, 0x1b)}, // Rejected
    }};
    return state >= 0 && state < int(s_colors.size()) ? s_colors.at(std::size_t(state)) : s_colors.front();
}

constexpr int s_statePillPadding = 8;
constexpr int s_lockSize = 14;

} // namespace

SegmentStateDelegate::SegmentStateDelegate(int stateRole, int lockedRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_stateRole(stateRole)
    , m_lockedRole(lockedRole)
    , m_lock(Icons::icon(QStringLiteral("lock")))
{}

QRect SegmentStateDelegate::badgeRect(const QStyleOptionViewItem& option, const QString& text) const
{
    const QFontMetrics metrics(option.font);
    const int height = metrics.height() + 4;
    return QRect(option.rect.left() + s_cellMargin, option.rect.top() + s_cellMargin - 2,
                 metrics.horizontalAdvance(text) + 2 * s_statePillPadding, height);
}

void SegmentStateDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // background and selection

    const BadgeColors colors = colorsFor(index.data(m_stateRole).toInt());
    const QRect badge = badgeRect(opt, text);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colors.background);
    painter->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
    painter->setPen(colors.text);
    painter->setFont(opt.font);
    painter->drawText(badge, Qt::AlignCenter, text);
    if (index.data(m_lockedRole).toBool()) {
        const QRect lock(badge.right() + s_cellMargin, badge.center().y() - s_lockSize / 2, s_lockSize, s_lockSize);
        m_lock.paint(painter, lock);
    }
    painter->restore();
}

QSize SegmentStateDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QRect badge = badgeRect(opt, opt.text);
    return {badge.width() + 3 * s_cellMargin + s_lockSize, badge.height() + 2 * s_cellMargin};
}

} // namespace tessera::ui::widgets
