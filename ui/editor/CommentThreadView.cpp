#include "CommentThreadView.h"

#include <QHBoxLayout>
#include <QHash>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "ui/editor/SuggestionHtml.h"
#include "ui/widgets/WrappingTreeDelegate.h"

namespace tessera::ui::editor {

namespace {
constexpr int s_idRole = Qt::UserRole + 1;
}

CommentThreadView::CommentThreadView(QWidget* parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_input(new QPlainTextEdit(this))
    , m_add(new QPushButton(tr("&Comment"), this))
    , m_reply(new QPushButton(tr("Re&ply"), this))
{
    m_tree->setObjectName(QStringLiteral("commentTree"));
    // One column, who and when above the text: a side panel is too narrow for columns of prose.
    m_tree->setColumnCount(1);
    m_tree->setHeaderHidden(true);
    new widgets::WrappingTreeDelegate(m_tree);
    m_input->setObjectName(QStringLiteral("commentInput"));
    m_input->setPlaceholderText(tr("Write a comment, or select one and reply…"));
    m_input->setTabChangesFocus(true);
    m_input->setFixedHeight(m_input->fontMetrics().lineSpacing() * 3 + 12);
    m_add->setObjectName(QStringLiteral("addComment"));
    m_reply->setObjectName(QStringLiteral("replyComment"));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_reply);
    buttons->addWidget(m_add);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_input);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this]() { requestAdd(false); });
    connect(m_reply, &QPushButton::clicked, this, [this]() { requestAdd(true); });
    connect(m_input, &QPlainTextEdit::textChanged, this, &CommentThreadView::updateButtons);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &CommentThreadView::updateButtons);
    updateButtons();
}

void CommentThreadView::setComments(const QList<domain::Comment>& comments, const QDateTime& now)
{
    m_tree->clear();
    QHash<QString, QTreeWidgetItem*> items;
    const QLocale locale;
    // The store lists oldest first, so a reply always comes after what it answers.
    for (const domain::Comment& comment : comments) {
        QTreeWidgetItem* parent = items.value(comment.parentId);
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, tr("%1, %2:").arg(comment.author, SuggestionHtml::age(comment.createdAt, now)) +
                             QLatin1Char('\n') + comment.text);
        item->setToolTip(0, locale.toString(comment.createdAt.toLocalTime(), QLocale::LongFormat));
        item->setData(0, s_idRole, comment.id);
        items.insert(comment.id, item);
    }
    m_tree->expandAll();
    updateButtons();
}

void CommentThreadView::setEnabledForSegment(bool enabled)
{
    m_input->setEnabled(enabled);
    updateButtons();
}

void CommentThreadView::clearInput()
{
    m_input->clear();
}

void CommentThreadView::requestAdd(bool reply)
{
    const QString text = m_input->toPlainText().trimmed();
    if (text.isEmpty())
        return;
    QString parentId;
    if (reply) {
        QTreeWidgetItem* item = m_tree->currentItem();
        if (!item)
            return;
        parentId = item->data(0, s_idRole).toString();
    }
    Q_EMIT addRequested(text, parentId);
}

void CommentThreadView::updateButtons()
{
    const bool hasText = m_input->isEnabled() && !m_input->toPlainText().trimmed().isEmpty();
    m_add->setEnabled(hasText);
    m_reply->setEnabled(hasText && m_tree->currentItem() != nullptr);
}

} // namespace tessera::ui::editor
