#include "FindReplaceDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "ui/widgets/HtmlItemDelegate.h"

namespace tessera::ui::editor {

using editing::ReplacementCandidate;
using editing::TextSpan;

namespace {

enum Column { SegmentColumn, BeforeColumn, AfterColumn, NoteColumn };
constexpr int s_candidateRole = Qt::UserRole + 1; // index into the preview

const QString s_beforeColour = QStringLiteral("#f6c9c9");
const QString s_afterColour = QStringLiteral("#c4ecc4");

QString formsHtml(const QStringList& forms, const QList<QList<TextSpan>>& spans, const QString& colour)
{
    QStringList parts;
    for (int form = 0; form < forms.size(); ++form) {
        QString part = FindReplaceDialog::markedHtml(forms.at(form), spans.value(form), colour);
        if (forms.size() > 1)
            part = QStringLiteral("<span style=\"color:gray\">[%1]</span> ").arg(form + 1) + part;
        parts.append(part);
    }
    return parts.join(QStringLiteral("<br/>"));
}

} // namespace

FindReplaceDialog::FindReplaceDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("findReplaceDialog"));
    setModal(false);
    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("findText"));
    m_find->setClearButtonEnabled(true);
    m_replace = new QLineEdit(this);
    m_replace->setObjectName(QStringLiteral("replaceText"));
    m_replace->setPlaceholderText(tr("With a regular expression, \\1 or $1 is the first group"));
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("findScope"));
    m_scope->addItem(tr("Current document"));
    m_scope->addItem(tr("Whole project"));
    m_field = new QComboBox(this);
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->addItem(tr("Source and translation"), int(editing::FindIn::Both));
    m_field->addItem(tr("Source"), int(editing::FindIn::Source));
    m_field->addItem(tr("Translation"), int(editing::FindIn::Target));
    m_case = new QCheckBox(tr("Match &case"), this);
    m_case->setObjectName(QStringLiteral("findCase"));
    m_wholeWord = new QCheckBox(tr("&Whole words"), this);
    m_wholeWord->setObjectName(QStringLiteral("findWholeWord"));
    m_regex = new QCheckBox(tr("Regular e&xpression"), this);
    m_regex->setObjectName(QStringLiteral("findRegex"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Find:"), m_find);
    m_replaceLabel = new QLabel(tr("Replace &with:"), this);
    m_replaceLabel->setBuddy(m_replace);
    form->addRow(m_replaceLabel, m_replace);
    auto* where = new QHBoxLayout;
    where->addWidget(m_scope);
    where->addWidget(m_field);
    where->addStretch(1);
    form->addRow(tr("Look in:"), where);
    auto* options = new QHBoxLayout;
    options->addWidget(m_case);
    options->addWidget(m_wholeWord);
    options->addWidget(m_regex);
    options->addStretch(1);
    form->addRow(QString(), options);

    m_previous = new QPushButton(tr("Find &Previous"), this);
    m_previous->setObjectName(QStringLiteral("findPreviousButton"));
    m_next = new QPushButton(tr("Find &Next"), this);
    m_next->setObjectName(QStringLiteral("findNextButton"));
    m_next->setDefault(true);
    m_previewButton = new QPushButton(tr("&Preview Replace All"), this);
    m_previewButton->setObjectName(QStringLiteral("previewReplaceButton"));
    m_applyButton = new QPushButton(tr("&Replace Ticked"), this);
    m_applyButton->setObjectName(QStringLiteral("replaceAllButton"));
    m_undoButton = new QPushButton(tr("&Undo Replace"), this);
    m_undoButton->setObjectName(QStringLiteral("undoReplaceButton"));
    m_undoButton->setToolTip(tr("Undo the last Replace All in every document it changed, open or not"));
    m_undoButton->setEnabled(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addWidget(m_next);
    buttons->addStretch(1);
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_applyButton);
    buttons->addWidget(m_undoButton);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("replacePreview"));
    m_list->setHeaderLabels({tr("Segment"), tr("Before"), tr("After"), tr("Note")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(false);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    auto* html = new widgets::HtmlItemDelegate(m_list);
    m_list->setItemDelegateForColumn(BeforeColumn, html);
    m_list->setItemDelegateForColumn(AfterColumn, html);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(BeforeColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(AfterColumn, QHeaderView::Stretch);
    m_list->header()->resizeSection(SegmentColumn, 150);
    m_list->header()->resizeSection(NoteColumn, 180);
    // Wrapped rows are as tall as their text at the columns' widths: lay them out again after a resize.
    connect(m_list->header(), &QHeaderView::sectionResized, m_list,
            [list = m_list] { QTimer::singleShot(0, list, [list] { list->doItemsLayout(); }); });
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("findMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addWidget(close);
    resize(900, 560);

    connect(m_previous, &QPushButton::clicked, this, [this] { Q_EMIT findRequested(false); });
    connect(m_next, &QPushButton::clicked, this, [this] { Q_EMIT findRequested(true); });
    connect(m_previewButton, &QPushButton::clicked, this, &FindReplaceDialog::previewRequested);
    connect(m_applyButton, &QPushButton::clicked, this, &FindReplaceDialog::replaceAllRequested);
    connect(m_undoButton, &QPushButton::clicked, this, &FindReplaceDialog::undoReplaceRequested);
    auto changed = [this] {
        clearPreview();
        updateButtons();
        Q_EMIT requestChanged();
    };
    connect(m_find, &QLineEdit::textChanged, this, changed);
    connect(m_replace, &QLineEdit::textChanged, this, changed);
    for (QComboBox* box : {m_scope, m_field})
        connect(box, &QComboBox::currentIndexChanged, this, changed);
    for (QCheckBox* box : {m_case, m_wholeWord, m_regex})
        connect(box, &QCheckBox::toggled, this, changed);
    connect(m_list, &QTreeWidget::itemChanged, this, [this] { updateButtons(); });
    setReplaceMode(false);
}

void FindReplaceDialog::showFor(bool replace, const QString& initialText)
{
    setReplaceMode(replace);
    if (!initialText.isEmpty() && !initialText.contains(u'\n'))
        m_find->setText(initialText);
    show();
    raise();
    activateWindow();
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
}

void FindReplaceDialog::setReplaceMode(bool replace)
{
    m_replaceMode = replace;
    setWindowTitle(replace ? tr("Replace") : tr("Find"));
    m_replaceLabel->setVisible(replace);
    m_replace->setVisible(replace);
    m_previewButton->setVisible(replace);
    m_applyButton->setVisible(replace);
    m_undoButton->setVisible(replace);
    m_list->setVisible(replace);
    updateButtons();
}

void FindReplaceDialog::updateButtons()
{
    const bool hasText = !m_find->text().isEmpty();
    m_previous->setEnabled(hasText);
    m_next->setEnabled(hasText);
    m_previewButton->setEnabled(hasText);
    m_applyButton->setEnabled(!chosen().isEmpty());
}

void FindReplaceDialog::setUndoAvailable(bool available)
{
    m_undoButton->setEnabled(available);
}

FindRequest FindReplaceDialog::request() const
{
    FindRequest request;
    request.pattern = {m_find->text(), m_case->isChecked(), m_wholeWord->isChecked(), m_regex->isChecked()};
    request.replacement = m_replace->text();
    request.in = editing::FindIn(m_field->currentData().toInt());
    request.wholeProject = m_scope->currentIndex() == 1;
    return request;
}

QString FindReplaceDialog::markedHtml(const QString& text, const QList<TextSpan>& spans, const QString& colour)
{
    QString html;
    qsizetype at = 0;
    for (const TextSpan& span : spans) {
        html += text.mid(at, span.start - at).toHtmlEscaped();
        html += QStringLiteral("<span style=\"background-color:%1; color:black\">").arg(colour) +
                (span.length > 0 ? text.mid(span.start, span.length).toHtmlEscaped() : QStringLiteral("&#8203;")) +
                QStringLiteral("</span>");
        at = span.start + span.length;
    }
    html += text.mid(at).toHtmlEscaped();
    html.replace(u'\n', QStringLiteral("<br/>"));
    return html;
}

void FindReplaceDialog::setPreview(const QList<ReplacementCandidate>& candidates)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    m_candidates = candidates;
    QList<QTreeWidgetItem*> items;
    items.reserve(candidates.size());
    for (int row = 0; row < candidates.size(); ++row) {
        const ReplacementCandidate& candidate = candidates.at(row);
        auto* item = new QTreeWidgetItem;
        //: A preview row's segment: its number in the document, then the document
        item->setText(SegmentColumn, tr("#%1 · %2").arg(candidate.order).arg(candidate.documentName));
        item->setToolTip(SegmentColumn, candidate.key);
        item->setData(SegmentColumn, s_candidateRole, row);
        item->setText(BeforeColumn, formsHtml(candidate.before, candidate.beforeMatches, s_beforeColour));
        item->setText(AfterColumn, formsHtml(candidate.after, candidate.afterMatches, s_afterColour));
        if (candidate.applicable()) {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(SegmentColumn, Qt::Checked);
        } else {
            // Refused: shown with the reason, never applied.
            item->setFlags(item->flags() & ~(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled));
            item->setText(NoteColumn, candidate.reason);
            item->setToolTip(NoteColumn, candidate.reason);
            item->setForeground(NoteColumn, QColor(0xda, 0x44, 0x53));
        }
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    updateButtons();
}

void FindReplaceDialog::clearPreview()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    m_candidates.clear();
}

QList<ReplacementCandidate> FindReplaceDialog::chosen() const
{
    QList<ReplacementCandidate> result;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        const QTreeWidgetItem* item = m_list->topLevelItem(row);
        if (item->flags().testFlag(Qt::ItemIsUserCheckable) && item->checkState(SegmentColumn) == Qt::Checked)
            result.append(m_candidates.at(item->data(SegmentColumn, s_candidateRole).toInt()));
    }
    return result;
}

void FindReplaceDialog::setChosen(int row, bool chosen)
{
    if (QTreeWidgetItem* item = m_list->topLevelItem(row); item && item->flags().testFlag(Qt::ItemIsUserCheckable))
        item->setCheckState(SegmentColumn, chosen ? Qt::Checked : Qt::Unchecked);
}

void FindReplaceDialog::showMessage(const QString& message, bool problem)
{
    m_message->setText(message);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #da4453;") : QString());
}

QString FindReplaceDialog::message() const
{
    return m_message->text();
}

} // namespace tessera::ui::editor
