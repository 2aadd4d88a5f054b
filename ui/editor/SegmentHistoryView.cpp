#include "SegmentHistoryView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "models/SegmentTableModel.h"
#include "ui/editor/SuggestionHtml.h"
#include "ui/widgets/WrappingTreeDelegate.h"

namespace tessera::ui::editor {

namespace {
constexpr int s_idRole = Qt::UserRole + 1;
constexpr int s_revRole = Qt::UserRole + 2;
} // namespace

SegmentHistoryView::SegmentHistoryView(QWidget* parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_empty(new QLabel(tr("No edits in Tessera yet: the translation is as it was imported."), this))
    , m_restore(new QPushButton(tr("&Restore This Version"), this))
{
    m_tree->setObjectName(QStringLiteral("historyTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Rev"), tr("When"), tr("Who"), tr("Change")});
    m_tree->setRootIsDecorated(false);
    new widgets::WrappingTreeDelegate(m_tree);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(RevColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(WhenColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(WhoColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_restore->setObjectName(QStringLiteral("restoreRevision"));
    m_restore->setToolTip(tr("Write the selected version back as the segment's translation (a new revision)"));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_restore);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);
    m_empty->setObjectName(QStringLiteral("historyEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &SegmentHistoryView::updateButton);
    connect(m_restore, &QPushButton::clicked, this, [this]() {
        if (QTreeWidgetItem* item = m_tree->currentItem())
            Q_EMIT restoreRequested(item->data(RevColumn, s_idRole).toString(),
                                    item->data(RevColumn, s_revRole).toLongLong());
    });
    updateButton();
}

QString SegmentHistoryView::describeChange(const domain::SegmentRevision& revision,
                                           const domain::SegmentRevision* before)
{
    QStringList parts;
    const QString state = models::SegmentTableModel::stateName(revision.state);
    if (!before)
        parts.append(state);
    else if (before->state != revision.state)
        parts.append(tr("%1 → %2").arg(models::SegmentTableModel::stateName(before->state), state));
    if (!before || before->targets != revision.targets) {
        const QString text = revision.targets.join(QStringLiteral(" | "));
        parts.append(text.isEmpty() ? tr("target emptied") : tr("target: %1").arg(text));
    }
    if (before && before->translatorComment != revision.translatorComment)
        parts.append(tr("comment: %1").arg(revision.translatorComment));
    if (!revision.origin.isEmpty() && (!before || before->origin != revision.origin))
        parts.append(tr("from %1").arg(revision.origin));
    if (parts.isEmpty())
        parts.append(tr("saved unchanged"));
    return parts.join(QStringLiteral("; "));
}

void SegmentHistoryView::setRevisions(const QList<domain::SegmentRevision>& revisions, const QDateTime& now)
{
    m_tree->clear();
    const QLocale locale;
    // Newest first: the version a translator looks for is usually a recent one.
    for (qsizetype i = revisions.size() - 1; i >= 0; --i) {
        const auto& revision = revisions.at(i);
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(RevColumn, QString::number(revision.rev));
        item->setData(RevColumn, s_idRole, revision.id);
        item->setData(RevColumn, s_revRole, revision.rev);
        item->setText(WhenColumn, SuggestionHtml::age(revision.createdAt, now));
        item->setToolTip(WhenColumn, locale.toString(revision.createdAt.toLocalTime(), QLocale::LongFormat));
        item->setText(WhoColumn, revision.author);
        const QString change = describeChange(revision, i > 0 ? &revisions.at(i - 1) : nullptr);
        item->setText(ChangeColumn, change);
        item->setToolTip(ChangeColumn, change);
    }
    if (m_tree->topLevelItemCount() > 1)
        m_tree->setCurrentItem(m_tree->topLevelItem(1)); // the version before the current one
    m_tree->setVisible(!revisions.isEmpty());
    m_empty->setVisible(revisions.isEmpty());
    m_restore->setVisible(!revisions.isEmpty());
    updateButton();
}

void SegmentHistoryView::updateButton()
{
    // The newest revision is what the segment holds already.
    QTreeWidgetItem* item = m_tree->currentItem();
    m_restore->setEnabled(item && m_tree->indexOfTopLevelItem(item) > 0);
}

} // namespace tessera::ui::editor
