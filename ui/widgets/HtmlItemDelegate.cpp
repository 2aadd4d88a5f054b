#include "HtmlItemDelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>
#include <QTreeView>

namespace tessera::ui::widgets {

namespace {

constexpr int s_padding = 3;
constexpr int s_defaultWidth = 320; // when the view has not laid the column out yet

void setUp(QTextDocument& document, const QStyleOptionViewItem& option, int width)
{
    document.setDocumentMargin(0);
    document.setDefaultFont(option.font);
    document.setHtml(option.text);
    document.setTextWidth(std::max(40, width - 2 * s_padding));
}

} // namespace

HtmlItemDelegate::HtmlItemDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

void HtmlItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    QTextDocument document;
    setUp(document, item, item.rect.width());
    item.text.clear();
    const QWidget* widget = item.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget); // background, selection
    painter->save();
    painter->translate(item.rect.topLeft() + QPoint(s_padding, s_padding));
    painter->setClipRect(QRect(QPoint(0, 0), item.rect.size()));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = item.palette;
    context.palette.setColor(QPalette::Text, item.state.testFlag(QStyle::State_Selected)
                                                 ? item.palette.color(QPalette::HighlightedText)
                                                 : item.palette.color(QPalette::Text));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize HtmlItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    QTextDocument document;
    // Item views ask for a row's height without a rect: the column's width is what the text wraps in.
    int width = item.rect.width();
    if (const auto* tree = qobject_cast<const QTreeView*>(item.widget); width <= 0 && tree)
        width = tree->columnWidth(index.column());
    setUp(document, item, width > 0 ? width : s_defaultWidth);
    return {int(document.idealWidth()) + 2 * s_padding, int(document.size().height()) + 2 * s_padding};
}

} // namespace tessera::ui::widgets
