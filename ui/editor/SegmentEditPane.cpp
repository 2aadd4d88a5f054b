#include "SegmentEditPane.h"

#include <algorithm>
#include <utility>

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QTextCursor>
#include <QTimer>
#include <QVBoxLayout>

#include "editing/MissingPlaceables.h"
#include "models/SegmentTableModel.h"
#include "qa/DocumentQa.h"
#include "qa/LanguageInfo.h"
#include "qa/QaChecker.h"
#include "text/PluralRules.h"
#include "ui/editor/QaIssueList.h"
#include "ui/widgets/ElidedLabel.h"
#include "ui/widgets/PlaceableHighlighter.h"
#include "ui/widgets/SegmentTextEdit.h"

namespace tessera::ui::editor {

using widgets::SegmentTextEdit;

namespace {
// Typing is saved after this pause, and at once when the field is left, the segment changes, the
// page closes or the application quits (also on SIGTERM): short enough that a crash loses at most the
// last keystrokes, which the pane shows as "Saving…", long enough that a typed word is one revision
// rather than one per keystroke.
constexpr int s_saveDelayMs = 150;
// QA follows typing after this pause: a check costs microseconds, but a list that changes with every
// keystroke is hard to read.
constexpr int s_qaDelayMs = 150;

QLabel* smallLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}
} // namespace

SegmentEditPane::SegmentEditPane(const KSyntaxHighlighting::Repository& repository, QWidget* parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_saveTimer(new QTimer(this))
    , m_qaTimer(new QTimer(this))
{
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(s_saveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &SegmentEditPane::flush);
    m_qaTimer->setSingleShot(true);
    m_qaTimer->setInterval(s_qaDelayMs);
    connect(m_qaTimer, &QTimer::timeout, this, &SegmentEditPane::updateQa);

    m_title = new widgets::ElidedLabel(this); // a long key must not widen the window
    m_title->setObjectName(QStringLiteral("paneTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("paneState"));
    m_length = new QLabel(this);
    m_length->setObjectName(QStringLiteral("lengthCounter"));
    m_saveState = new QLabel(this);
    m_saveState->setObjectName(QStringLiteral("saveState"));
    m_saveState->setForegroundRole(QPalette::PlaceholderText);
    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addSpacing(12);
    header->addWidget(m_state);
    header->addSpacing(12);
    header->addWidget(m_saveState);
    header->addSpacing(12);
    header->addWidget(m_length);

    m_sources = new QWidget(this);
    auto* sourceLayout = new QVBoxLayout(m_sources);
    sourceLayout->setContentsMargins(0, 0, 0, 0);
    sourceLayout->addWidget(smallLabel(tr("Source"), m_sources));

    auto* targets = new QWidget(this);
    auto* targetLayout = new QVBoxLayout(targets);
    targetLayout->setContentsMargins(0, 0, 0, 0);
    targetLayout->addWidget(smallLabel(tr("Translation"), targets));
    m_targetGrid = new QGridLayout;
    m_targetGrid->setContentsMargins(0, 0, 0, 0);
    m_targetGrid->setColumnStretch(1, 1);
    targetLayout->addLayout(m_targetGrid, 1);
    m_missing = new QLabel(targets);
    m_missing->setObjectName(QStringLiteral("missingPlaceables"));
    m_missing->setTextFormat(Qt::RichText);
    m_missing->setWordWrap(true);
    targetLayout->addWidget(m_missing);
    m_qa = new QaIssueList(targets);
    m_qa->setObjectName(QStringLiteral("qaIssues"));
    connect(m_qa, &QaIssueList::fixRequested, this, [this](int index) {
        if (index < m_qa->issues().size())
            applyFix(m_qa->issues().at(index));
    });
    targetLayout->addWidget(m_qa);

    auto* body = new QHBoxLayout;
    body->addWidget(m_sources, 1);
    body->addSpacing(8);
    body->addWidget(targets, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(header);
    layout->addLayout(body, 1);
    showSegment({}, 0, 1);
}

void SegmentEditPane::setLanguages(const QString& sourceLanguage, const QString& targetLanguage,
                                   std::shared_ptr<const qa::SpellChecker> spelling)
{
    m_sourceLanguage = sourceLanguage;
    m_targetLanguage = targetLanguage;
    m_spelling = std::move(spelling);
}

void SegmentEditPane::setQaChecker(std::shared_ptr<const qa::QaChecker> checker)
{
    m_checker = std::move(checker);
    updateQa();
}

void SegmentEditPane::setQaCheckerSource(std::function<std::shared_ptr<const qa::QaChecker>()> source)
{
    m_checkerSource = std::move(source);
}

void SegmentEditPane::setInsertPlaceableShortcut(const QString& shortcut)
{
    m_placeableShortcut = shortcut;
    updateMissing();
}

SegmentTextEdit* SegmentEditPane::sourceField(int form) const
{
    return m_sourceFields.value(std::min<qsizetype>(form, m_sourceFields.size() - 1));
}

QString SegmentEditPane::formLabelText(int form, int count) const
{
    const qa::LanguageInfo language = qa::LanguageInfo::forTag(m_targetLanguage);
    const QString category = language.formCategory(form, count);
    if (category.isEmpty())
        return tr("Form %1").arg(form + 1);
    auto rules = text::PluralRules::forLanguage(m_targetLanguage);
    const QStringList examples = rules ? rules->examples(category) : QStringList();
    QString numbers = examples.join(QStringLiteral(", "));
    if (examples.size() >= 3)
        numbers += QStringLiteral("…");
    //: A plural form's label: its CLDR category, then numbers that select it ("few: 2, 3, 4…")
    return tr("%1: %2").arg(category, numbers);
}

void SegmentEditPane::buildFields(int formCount)
{
    const int sourceCount = m_segment.isPlural() ? 2 : 1;
    while (m_sourceFields.size() > sourceCount) {
        delete m_sourceFields.takeLast();
        delete m_sourceLabels.takeLast();
    }
    while (m_sourceFields.size() < sourceCount) {
        const int index = int(m_sourceFields.size());
        auto* label = smallLabel(QString(), m_sources);
        auto* field = new SegmentTextEdit(m_repository, m_sources);
        field->setObjectName(QStringLiteral("sourceField%1").arg(index));
        field->setReadOnly(true);
        field->setShowWhitespace(m_showWhitespace);
        field->viewport()->setBackgroundRole(QPalette::Window); // read-only: not a place to type
        m_sources->layout()->addWidget(label);
        m_sources->layout()->addWidget(field);
        field->show(); // a layout would show it only from the event loop
        m_sourceLabels.append(label);
        m_sourceFields.append(field);
    }
    m_sourceLabels.first()->setText(sourceCount > 1 ? tr("Singular") : QString());
    m_sourceLabels.first()->setVisible(sourceCount > 1);
    if (sourceCount > 1)
        m_sourceLabels.last()->setText(tr("Plural"));

    while (m_targets.size() > formCount) {
        delete m_targets.takeLast();
        delete m_formLabels.takeLast();
    }
    while (m_targets.size() < formCount) {
        const int form = int(m_targets.size());
        auto* label = smallLabel(QString(), this);
        label->setObjectName(QStringLiteral("formLabel%1").arg(form));
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        auto* field = new SegmentTextEdit(m_repository, this);
        field->setObjectName(QStringLiteral("targetField%1").arg(form));
        field->setShowWhitespace(m_showWhitespace);
        field->setProtectPlaceables(true);
        label->setBuddy(field);
        connect(field, &SegmentTextEdit::edited, this, [this, form] { onEdited(form); });
        connect(field, &SegmentTextEdit::focusLeft, this, &SegmentEditPane::flush);
        connect(field, &SegmentTextEdit::focusEntered, this, [this, form] {
            m_focusedForm = form;
            updateLength();
            updateMissing();
        });
        connect(field, &QPlainTextEdit::cursorPositionChanged, this, &SegmentEditPane::updateLength);
        m_targetGrid->addWidget(label, form, 0);
        m_targetGrid->addWidget(field, form, 1);
        field->show(); // a layout would show it only from the event loop
        m_formLabels.append(label);
        m_targets.append(field);
    }
    const bool plural = m_segment.isPlural();
    for (int form = 0; form < formCount; ++form) {
        m_formLabels.at(form)->setVisible(plural);
        if (plural)
            m_formLabels.at(form)->setText(formLabelText(form, formCount));
    }
}

void SegmentEditPane::showSegment(const domain::Segment& segment, int number, int formCount)
{
    m_saveTimer->stop();
    m_pending = false;
    m_segment = segment;
    m_number = number;
    buildFields(std::max(1, formCount));
    m_sourceFields.first()->setTextQuietly(segment.source);
    if (segment.isPlural())
        m_sourceFields.last()->setTextQuietly(segment.sourcePlural);
    const bool editable = !segment.id.isEmpty() && !segment.flags.testFlag(domain::SegmentFlag::Locked);
    for (int form = 0; form < m_targets.size(); ++form) {
        SegmentTextEdit* field = m_targets.at(form);
        const QString source = segment.isPlural() && form > 0 ? segment.sourcePlural : segment.source;
        field->highlighter()->setSpelling(m_spelling, m_sourceLanguage, m_targetLanguage, source);
        field->setTextQuietly(segment.targets.value(form));
        field->setReadOnly(!editable);
        field->setPlaceholderText(editable && form == 0 ? tr("Type the translation") : QString());
    }
    m_focusedForm = std::min<int>(m_focusedForm, int(m_targets.size()) - 1);
    updateHeader();
    updateLength();
    updateMissing();
    m_qa->clearBlocked();
    updateQa();
    updateSaveState();
}

void SegmentEditPane::segmentSaved(const domain::Segment& segment)
{
    if (segment.id != m_segment.id)
        return;
    m_segment = segment;
    updateHeader();
    updateSaveState();
    m_qa->clearBlocked(); // what was refused before this save is no longer what the fields hold
}

QStringList SegmentEditPane::forms() const
{
    QStringList result;
    for (const SegmentTextEdit* field : m_targets)
        result.append(field->text());
    return result;
}

void SegmentEditPane::flush()
{
    m_saveTimer->stop();
    if (!m_pending)
        return;
    m_pending = false;
    Q_EMIT targetsEdited(m_segment.id, forms());
    updateSaveState();
}

bool SegmentEditPane::takePending()
{
    m_saveTimer->stop();
    return std::exchange(m_pending, false);
}

void SegmentEditPane::updateSaveState()
{
    if (m_segment.id.isEmpty()) {
        m_saveState->clear();
        return;
    }
    auto blank = [](const QStringList& forms) {
        return std::all_of(forms.begin(), forms.end(), [](const QString& form) { return form.isEmpty(); });
    };
    const QStringList shown = forms();
    const bool stored = shown == m_segment.targets || (blank(shown) && blank(m_segment.targets));
    //: Whether the store has what the translation fields show
    m_saveState->setText(m_pending ? tr("Saving…") : stored ? tr("Saved") : tr("Not saved"));
}

void SegmentEditPane::revertPending()
{
    if (!m_pending)
        return;
    m_saveTimer->stop();
    m_pending = false;
    for (int form = 0; form < m_targets.size(); ++form)
        m_targets.at(form)->setTextQuietly(m_segment.targets.value(form));
    updateSaveState();
    updateLength();
    updateMissing();
    updateQa();
}

void SegmentEditPane::keyPressEvent(QKeyEvent* event)
{
    // A field ignores Escape, so it comes here.
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        revertPending();
        Q_EMIT escaped();
        return;
    }
    QWidget::keyPressEvent(event);
}

void SegmentEditPane::focusTarget(int form)
{
    if (SegmentTextEdit* field = m_targets.value(form))
        field->setFocus(Qt::OtherFocusReason);
}

void SegmentEditPane::onEdited(int form)
{
    m_focusedForm = form;
    m_pending = true;
    m_saveTimer->start();
    updateSaveState();
    m_qaTimer->start();
    updateLength();
    updateMissing();
}

QStringList SegmentEditPane::missingPlaceables() const
{
    const SegmentTextEdit* field = m_targets.value(m_focusedForm);
    if (!field || m_segment.id.isEmpty())
        return {};
    const QString source = m_segment.isPlural() && m_focusedForm > 0 ? m_segment.sourcePlural : m_segment.source;
    QStringList missing;
    for (const auto& placeable : editing::MissingPlaceables::find(source, field->text()))
        missing.append(placeable.text);
    return missing;
}

bool SegmentEditPane::insertNextMissingPlaceable()
{
    SegmentTextEdit* field = m_targets.value(m_focusedForm);
    const QStringList missing = missingPlaceables();
    if (!field || field->isReadOnly() || missing.isEmpty())
        return false;
    field->setFocus(Qt::ShortcutFocusReason);
    field->insertAtCursor(missing.first());
    return true;
}

void SegmentEditPane::setShowWhitespace(bool show)
{
    m_showWhitespace = show;
    for (SegmentTextEdit* field : std::as_const(m_sourceFields))
        field->setShowWhitespace(show);
    for (SegmentTextEdit* field : std::as_const(m_targets))
        field->setShowWhitespace(show);
}

void SegmentEditPane::updateHeader()
{
    if (m_segment.id.isEmpty()) {
        m_title->setFullText(tr("No segment selected"));
        m_state->clear();
        return;
    }
    m_title->setFullText(tr("#%1  %2").arg(m_number).arg(m_segment.key));
    QString state = models::SegmentTableModel::stateName(m_segment.state);
    if (!m_segment.origin.isEmpty())
        state += QStringLiteral(" · ") + tr("from %1").arg(m_segment.origin);
    if (m_segment.flags.testFlag(domain::SegmentFlag::Locked))
        state += QStringLiteral(" · ") + tr("locked");
    m_state->setText(state);
}

void SegmentEditPane::updateLength()
{
    const SegmentTextEdit* field = m_targets.value(m_focusedForm);
    if (!field || m_segment.id.isEmpty()) {
        m_length->clear();
        return;
    }
    const qsizetype length = field->text().toUcs4().size();
    const int max = m_segment.context.maxLength;
    if (max <= 0) {
        m_length->setText(tr("%n character(s)", nullptr, int(length)));
        m_length->setStyleSheet(QString());
        m_length->setToolTip(QString());
        return;
    }
    //: Length counter: characters typed / the maximum length the segment allows
    m_length->setText(tr("%1 / %2").arg(length).arg(max));
    const bool over = length > max;
    m_length->setStyleSheet(over ? QStringLiteral("color: #da4453; font-weight: bold;") : QString());
    m_length->setToolTip(over ? tr("%n character(s) over the maximum length", nullptr, int(length - max))
                              : tr("Maximum length: %1 characters").arg(max));
}

void SegmentEditPane::updateMissing()
{
    const QStringList missing = missingPlaceables();
    m_missing->setVisible(!missing.isEmpty());
    if (missing.isEmpty()) {
        m_missing->clear();
        return;
    }
    QStringList chips;
    for (const QString& placeable : missing)
        chips.append(QStringLiteral("<span style=\"background-color:#fdeaea; color:#a02030; font-family:monospace;\">"
                                    "&nbsp;%1&nbsp;</span>")
                         .arg(placeable.toHtmlEscaped()));
    QString text = tr("Missing: %1").arg(chips.join(QStringLiteral(" ")));
    if (!m_placeableShortcut.isEmpty())
        text += QStringLiteral("&nbsp;&nbsp;") + tr("(%1 inserts the next)").arg(m_placeableShortcut.toHtmlEscaped());
    m_missing->setText(text);
}

void SegmentEditPane::updateQa()
{
    m_qaTimer->stop();
    if (m_checkerSource && !m_segment.id.isEmpty())
        m_checker = m_checkerSource();
    if (!m_checker || m_segment.id.isEmpty()) {
        m_qa->setIssues({}, {}, formCount());
        return;
    }
    domain::Segment typed = m_segment;
    typed.targets = forms();
    m_qa->setIssues(qa::DocumentQa::check(*m_checker, typed), m_checker->context().settings.blockConfirm, formCount());
}

void SegmentEditPane::applyFix(const qa::Issue& issue)
{
    SegmentTextEdit* field = m_targets.value(issue.form);
    if (!field || field->isReadOnly() || !issue.hasFix())
        return;
    // Edit by edit from the end, so earlier offsets stay right and the cursor keeps its place.
    QTextCursor cursor(field->document());
    cursor.beginEditBlock();
    for (auto edit = issue.fix.crbegin(); edit != issue.fix.crend(); ++edit) {
        cursor.setPosition(int(edit->start));
        cursor.setPosition(int(edit->start + edit->length), QTextCursor::KeepAnchor);
        cursor.insertText(edit->replacement);
    }
    cursor.endEditBlock();
    onEdited(issue.form);
    flush();
    updateQa();
}

void SegmentEditPane::showConfirmBlocked(const QString& reason)
{
    updateQa();
    //: Shown under the translation when Ctrl+Enter was refused; the reason names the QA checks
    m_qa->setBlocked(tr("Not confirmed: %1").arg(reason));
}

} // namespace tessera::ui::editor
