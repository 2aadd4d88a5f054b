#include "WrappingTreeDelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QTimer>
#include <QTreeView>

namespace tessera::ui::widgets {

namespace {
constexpr int s_textPadding = 4;
}

WrappingTreeDelegate::WrappingTreeDelegate(QTreeView* view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
    view->setItemDelegate(this);
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    view->setTextElideMode(Qt::ElideNone);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->viewport()->installEventFilter(this);
    // Another column growing narrows this one: measure again once the header has settled.
    connect(view->header(), &QHeaderView::sectionResized, this, &WrappingTreeDelegate::relayoutSoon);
}

void WrappingTreeDelegate::relayoutSoon()
{
    if (m_relayoutPending)
        return;
    m_relayoutPending = true;
    QTimer::singleShot(0, this, [this]() {
        m_relayoutPending = false;
        m_view->doItemsLayout();
    });
}

int WrappingTreeDelegate::textWidth(const QModelIndex& index) const
{
    int width = m_view->header()->sectionSize(index.column());
    if (index.column() == 0) { // the tree's indentation comes off the first column
        int depth = m_view->rootIsDecorated() ? 1 : 0;
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            ++depth;
        width -= depth * m_view->indentation();
    }
    return std::max(40, width - 2 * s_textPadding);
}

QSize WrappingTreeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QRect bounds = opt.fontMetrics.boundingRect(QRect(0, 0, textWidth(index), 1 << 20),
                                                      Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, opt.text);
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return {base.width(), std::max(base.height(), bounds.height() + 2 * s_textPadding)};
}

bool WrappingTreeDelegate::eventFilter(QObject* watched, QEvent* event)
{
    // A new width means new line breaks: the rows are measured again.
    if (event->type() == QEvent::Resize && watched == m_view->viewport() &&
        m_view->viewport()->width() != m_laidOutWidth) {
        m_laidOutWidth = m_view->viewport()->width();
        relayoutSoon();
    }
    return QStyledItemDelegate::eventFilter(watched, event);
}

} // namespace tessera::ui::widgets
