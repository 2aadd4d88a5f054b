#include "ShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tessera::ui::settings {

namespace {

enum Column { ActionColumn, ShortcutColumn, DefaultColumn };

QString shown(const QList<QKeySequence>& keys)
{
    QStringList texts;
    for (const QKeySequence& k : keys)
        texts << k.toString(QKeySequence::NativeText);
    return texts.join(QStringLiteral(", "));
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget* window, QWidget* parent)
    : QDialog(parent)
    , m_scheme(window)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(QStringLiteral("shortcutsDialog"));
    resize(760, 560);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("shortcutSearch"));
    m_search->setPlaceholderText(tr("Search actions and keys"));
    m_search->setClearButtonEnabled(true);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("shortcutTable"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut"), tr("Default")});
    m_table->horizontalHeader()->setSectionResizeMode(ActionColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_keys = new QKeySequenceEdit(this);
    m_keys->setObjectName(QStringLiteral("shortcutKeys"));
    m_keys->setMaximumSequenceLength(1);
    m_clear = new QPushButton(tr("No Shortcut"), this);
    m_reset = new QPushButton(tr("Reset to Default"), this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("shortcutMessage"));
    m_message->setWordWrap(true);

    auto* editRow = new QHBoxLayout;
    editRow->addWidget(new QLabel(tr("Press the new keys:"), this));
    editRow->addWidget(m_keys, 1);
    editRow->addWidget(m_clear);
    editRow->addWidget(m_reset);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addLayout(editRow);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(m_search, &QLineEdit::textChanged, this, &ShortcutsDialog::filter);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ShortcutsDialog::showSelected);
    connect(m_keys, &QKeySequenceEdit::editingFinished, this, [this] { assignToSelected(m_keys->keySequence()); });
    connect(m_clear, &QPushButton::clicked, this, [this] { assignToSelected({}); });
    connect(m_reset, &QPushButton::clicked, this, &ShortcutsDialog::resetSelected);
    fill();
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
}

void ShortcutsDialog::fill()
{
    const QString selected = selectedName();
    m_table->setRowCount(int(m_scheme.entries().size()));
    int row = 0;
    for (const ShortcutScheme::Entry& entry : m_scheme.entries()) {
        auto* action = new QTableWidgetItem(entry.action->icon(), entry.text);
        action->setData(Qt::UserRole, entry.name);
        action->setToolTip(entry.action->toolTip());
        m_table->setItem(row, ActionColumn, action);
        m_table->setItem(row, ShortcutColumn, new QTableWidgetItem(shown(entry.current)));
        m_table->setItem(row, DefaultColumn, new QTableWidgetItem(shown(entry.defaults)));
        QFont font = m_table->item(row, ShortcutColumn)->font();
        font.setBold(entry.current != entry.defaults); // changed by the user
        m_table->item(row, ShortcutColumn)->setFont(font);
        if (entry.name == selected)
            m_table->selectRow(row);
        ++row;
    }
    m_table->resizeColumnToContents(ShortcutColumn);
    m_table->resizeColumnToContents(DefaultColumn);
    filter(m_search->text());
}

void ShortcutsDialog::filter(const QString& text)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const bool match = text.isEmpty() ||
                           m_table->item(row, ActionColumn)->text().contains(text, Qt::CaseInsensitive) ||
                           m_table->item(row, ShortcutColumn)->text().contains(text, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !match);
    }
}

QString ShortcutsDialog::selectedName() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    for (const QTableWidgetItem* item : items)
        if (item->column() == ActionColumn)
            return item->data(Qt::UserRole).toString();
    return {};
}

void ShortcutsDialog::showSelected()
{
    const QString name = selectedName();
    for (const ShortcutScheme::Entry& entry : m_scheme.entries())
        if (entry.name == name) {
            const QSignalBlocker blocker(m_keys);
            m_keys->setKeySequence(entry.current.value(0));
        }
    m_keys->setEnabled(!name.isEmpty());
    m_clear->setEnabled(!name.isEmpty());
    m_reset->setEnabled(!name.isEmpty());
    m_message->clear();
}

bool ShortcutsDialog::assignToSelected(const QKeySequence& keys)
{
    const QString name = selectedName();
    if (name.isEmpty())
        return false;
    const QString other = m_scheme.conflict(name, keys);
    if (!other.isEmpty()) {
        m_message->setText(tr("%1 is already the shortcut of \"%2\". Give that action another shortcut first.")
                               .arg(keys.toString(QKeySequence::NativeText), other));
        return false;
    }
    m_scheme.set(name, keys);
    fill();
    m_message->setText(keys.isEmpty() ? tr("The action has no shortcut now.")
                                      : tr("Saved: %1.").arg(keys.toString(QKeySequence::NativeText)));
    return true;
}

void ShortcutsDialog::resetSelected()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    m_scheme.reset(name);
    fill();
    m_message->setText(tr("Back to the default shortcut."));
}

} // namespace tessera::ui::settings
