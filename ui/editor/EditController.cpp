#include "EditController.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QSettings>
#include <QTableView>
#include <QUndoGroup>
#include <QUndoStack>

#include "editing/ProjectMemory.h"
#include "editing/SegmentEditor.h"
#include "models/SegmentTableModel.h"
#include "qa/Check.h"
#include "qa/CheckRegistry.h"
#include "qa/QaChecker.h"
#include "qa/SpellChecker.h"
#include "store/SegmentRepository.h"
#include "store/Workspace.h"
#include "ui/editor/EditorAction.h"
#include "ui/editor/EditorStatus.h"
#include "ui/editor/SegmentEditCommand.h"
#include "ui/editor/SegmentEditPane.h"
#include "ui/shell/UiLog.h"
#include "ui/widgets/SegmentTextEdit.h"

namespace tessera::ui::editor {

using models::SegmentTableModel;

namespace {
// Global, not per project: a translator who wants identical segments filled wants it everywhere.
const QString s_propagateKey = QStringLiteral("editor/propagateTranslations");
} // namespace

EditController::EditController(store::Workspace& workspace, const QString& author, SegmentTableModel* model,
                               QTableView* table, SegmentEditPane* pane, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_model(model)
    , m_table(table)
    , m_pane(pane)
    , m_memory(std::make_unique<editing::ProjectMemory>(workspace.tm(), workspace.databasePath()))
    , m_editor(std::make_unique<editing::SegmentEditor>(workspace, *m_memory, author))
    , m_undoGroup(new QUndoGroup(this))
{
    createActions();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { loadRow(current.isValid() ? current.row() : -1); });
    // Typed text is saved before the rows go away (reload, filter, another document).
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, m_pane, &SegmentEditPane::flush);
    connect(m_model, &QAbstractItemModel::layoutAboutToBeChanged, m_pane, &SegmentEditPane::flush);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { loadRow(currentRow()); });
    connect(m_pane, &SegmentEditPane::targetsEdited, this, &EditController::onTargetsEdited);
    connect(m_pane, &SegmentEditPane::escaped, m_table, [this] { m_table->setFocus(Qt::ShortcutFocusReason); });
    connect(qApp, &QCoreApplication::aboutToQuit, m_pane, &SegmentEditPane::flush);
    connect(&m_qaScan, &QFutureWatcherBase::finished, this, &EditController::qaScanFinished);
    connect(&m_consistencyBuild, &QFutureWatcherBase::finished, this, &EditController::consistencyBuilt);
    m_pane->setQaCheckerSource([this] { return currentQaChecker(); });
    m_table->installEventFilter(this);
}

EditController::~EditController() = default;

QAction* EditController::addAction(const QString& name, const QString& text, const QList<QKeySequence>& keys,
                                   const QString& help)
{
    QAction* action = makeEditorAction(this, name, text, keys, help);
    m_actions.append(action);
    return action;
}

void EditController::createActions()
{
    connect(addAction(QStringLiteral("confirmAndNext"), tr("Confirm and Next"),
                      {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
                      tr("Confirm the translation and go to the next segment that needs work")),
            &QAction::triggered, this, &EditController::confirmAndNext);
    connect(addAction(QStringLiteral("previousSegment"), tr("Previous Segment"), {QKeySequence(Qt::ALT | Qt::Key_Up)},
                      tr("Go to the previous segment")),
            &QAction::triggered, this, [this] { moveBy(-1); });
    connect(addAction(QStringLiteral("nextSegment"), tr("Next Segment"), {QKeySequence(Qt::ALT | Qt::Key_Down)},
                      tr("Go to the next segment")),
            &QAction::triggered, this, [this] { moveBy(1); });
    // Ctrl+Space as in Lokalize; Ctrl+Shift+Insert for desktops whose input method takes Ctrl+Space.
    connect(addAction(QStringLiteral("copySourceToTarget"), tr("Copy Source to Target"),
                      {QKeySequence(Qt::CTRL | Qt::Key_Space), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Insert)},
                      tr("Replace the translation with the source text")),
            &QAction::triggered, this, &EditController::copySource);
    QAction* insert =
        addAction(QStringLiteral("insertMissingPlaceable"), tr("Insert Missing Placeable"), {QKeySequence(Qt::Key_F8)},
                  tr("Insert the next placeholder or tag of the source that the translation lacks"));
    connect(insert, &QAction::triggered, this, &EditController::insertMissingPlaceable);
    m_pane->setInsertPlaceableShortcut(insert->shortcut().toString(QKeySequence::NativeText));

    QAction* undo = addAction(QStringLiteral("undoEdit"), tr("Undo"), QKeySequence::keyBindings(QKeySequence::Undo),
                              tr("Undo the last change to this document's segments"));
    connect(undo, &QAction::triggered, this, &EditController::undo);
    QAction* redo = addAction(QStringLiteral("redoEdit"), tr("Redo"), QKeySequence::keyBindings(QKeySequence::Redo),
                              tr("Redo the change undone last"));
    connect(redo, &QAction::triggered, this, &EditController::redo);
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, undo, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::canRedoChanged, redo, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, undo,
            [undo](const QString& text) { undo->setText(text.isEmpty() ? tr("Undo") : tr("Undo %1").arg(text)); });
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, redo,
            [redo](const QString& text) { redo->setText(text.isEmpty() ? tr("Redo") : tr("Redo %1").arg(text)); });

    QAction* whitespace = addAction(QStringLiteral("showWhitespace"), tr("Show Whitespace"), {},
                                    tr("Show spaces, tabs and line ends in the source and translation"));
    whitespace->setCheckable(true);
    connect(whitespace, &QAction::toggled, m_pane, &SegmentEditPane::setShowWhitespace);
    QAction* propagate = addAction(QStringLiteral("propagateTranslations"), tr("Propagate Confirmed Translations"), {},
                                   tr("When confirming, fill the document's untranslated segments that have the same "
                                      "source with the same translation (undoable)"));
    propagate->setCheckable(true);
    propagate->setChecked(QSettings().value(s_propagateKey, false).toBool());
    connect(propagate, &QAction::toggled, this, &EditController::savePropagateSetting);
}

void EditController::savePropagateSetting(bool on)
{
    QSettings().setValue(s_propagateKey, on);
}

QAction* EditController::action(const QString& objectName) const
{
    for (QAction* action : m_actions) {
        if (action->objectName() == objectName)
            return action;
    }
    return nullptr;
}

QUndoStack* EditController::undoStack() const
{
    return m_undoGroup->activeStack();
}

QUndoStack* EditController::stackFor(const QString& documentId)
{
    if (documentId.isEmpty())
        return nullptr;
    QUndoStack* stack = m_stacks.value(documentId);
    if (!stack) {
        stack = new QUndoStack(m_undoGroup);
        m_stacks.insert(documentId, stack);
    }
    return stack;
}

void EditController::documentChanged(const QString& documentId)
{
    if (auto set = m_editor->setDocument(documentId); !set)
        report(tr("Cannot open the document for editing"), set.error());
    const QString language = m_editor->targetLanguage();
    if (!language.isEmpty() && !m_dictionaries.contains(language))
        m_dictionaries.insert(language, qa::SpellChecker::forLanguage(language));
    m_pane->setLanguages(m_editor->sourceLanguage(), language, m_dictionaries.value(language));
    m_editor->setSpelling(m_dictionaries.value(language));
    m_pane->setQaChecker(m_editor->qaChecker());
    startQaScan(documentId);
    startConsistencyBuild();
    m_undoGroup->setActiveStack(stackFor(documentId));
    loadRow(currentRow());
}

int EditController::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void EditController::loadRow(int row)
{
    m_pane->flush();
    m_editor->refreshQaSettings(); // the pane asks for the checker as it shows the segment
    const domain::Segment segment = row >= 0 ? m_model->segmentAt(row) : domain::Segment();
    const int number = row >= 0 ? m_model->index(row, 0).data(SegmentTableModel::NumberRole).toInt() : 0;
    m_pane->showSegment(segment, number, m_editor->formCount(segment));
}

void EditController::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, SegmentTableModel::TargetColumn);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void EditController::report(const QString& what, const domain::Error& error)
{
    qCWarning(lcUi) << what << error.describe();
    Q_EMIT statusMessage(tr("%1: %2").arg(what, error.describe()), s_statusTimeoutMs);
}

void EditController::written(const domain::Segment& segment)
{
    m_model->segmentWritten(segment);
    updateQaCount(segment);
    m_pane->segmentSaved(segment);
}

void EditController::updateQaCount(const domain::Segment& segment)
{
    const auto checker = m_editor->qaChecker();
    if (!checker || segment.documentId != m_model->documentId())
        return;
    // The segment-scope checks only, as the scan of the document counts them.
    const auto issues = qa::DocumentQa::check(*checker, segment);
    const int count = int(std::ranges::count_if(issues, [&checker](const qa::Issue& issue) {
        const qa::Check* check = checker->registry().find(issue.check);
        return !check || check->scope() == qa::Check::Scope::Segment;
    }));
    if (m_qaScanPending)
        m_qaSaved.insert(segment.id, count);
    m_model->setQaIssueCount(segment.id, count);
}

void EditController::startQaScan(const QString& documentId)
{
    m_qaSaved.clear();
    m_qaScanPending = false;
    m_model->setQaIssueCounts({});
    if (documentId.isEmpty() || !m_editor->qaChecker()) {
        m_qaScan.setFuture({});
        return;
    }
    // Its own read-only connection on a pool thread; setFuture() forgets the scan of the document
    // opened before, and qaScanFinished() checks the document again.
    m_qaScanPending = true;
    m_qaScan.setFuture(qa::DocumentQa::countIssuesInBackground(m_workspace.path(), documentId,
                                                               m_editor->qaChecker()->context().spelling));
}

void EditController::qaScanFinished()
{
    if (m_qaScan.future().resultCount() == 0)
        return;
    qa::DocumentQa::Counts counts = m_qaScan.result();
    if (counts.documentId != m_model->documentId())
        return; // the user has left that document
    m_qaScanPending = false;
    if (!counts.error.isEmpty()) {
        qCWarning(lcUi) << "QA of the document failed:" << counts.error;
        Q_EMIT statusMessage(tr("Cannot check the document: %1").arg(counts.error), s_statusTimeoutMs);
        return;
    }
    for (auto it = m_qaSaved.cbegin(); it != m_qaSaved.cend(); ++it) {
        if (it.value() > 0)
            counts.bySegment.insert(it.key(), it.value());
        else
            counts.bySegment.remove(it.key());
    }
    m_qaSaved.clear();
    m_model->setQaIssueCounts(std::move(counts.bySegment));
    Q_EMIT qaCountsReady(counts.documentId);
}

void EditController::qaSettingsChanged()
{
    if (m_editor->refreshQaSettings())
        m_pane->setQaChecker(m_editor->qaChecker());
}

std::shared_ptr<const qa::QaChecker> EditController::currentQaChecker()
{
    m_editor->refreshQaSettings();
    return m_editor->qaChecker();
}

void EditController::startConsistencyBuild()
{
    const QString projectId = m_editor->projectId();
    const QString language = m_editor->targetLanguage();
    if (projectId.isEmpty() || language.isEmpty() || !m_editor->qaChecker()) {
        m_consistencyBuild.setFuture({});
        return;
    }
    // Its own read-only connection on a pool thread; a build for a document left meanwhile is dropped.
    m_consistencyBuild.setFuture(qa::LiveConsistency::buildInBackground(m_workspace.path(), projectId, language));
}

void EditController::consistencyBuilt()
{
    if (m_consistencyBuild.future().resultCount() == 0)
        return;
    qa::LiveConsistency::Built built = m_consistencyBuild.result();
    if (!built.index) {
        qCWarning(lcUi) << "cannot read the project's translations for the consistency checks:" << built.error;
        return;
    }
    if (!m_editor->setConsistency(built.projectId, built.language, std::move(built.index)))
        return; // the user has left that project or language
    m_pane->setQaChecker(m_editor->qaChecker());
    Q_EMIT qaConsistencyReady(m_editor->documentId());
}

void EditController::onTargetsEdited(const QString& segmentId, const QStringList& forms)
{
    domain::Segment current = m_pane->segment();
    if (current.id != segmentId) {
        auto found = m_workspace.segments().find(segmentId);
        if (!found)
            return report(tr("Not saved"), found.error());
        current = *found;
    }
    auto saved = m_editor->saveTargets(current, forms);
    if (!saved)
        return report(tr("Not saved"), saved.error());
    if (!saved->changed())
        return;
    written(saved->segment);
    if (QUndoStack* stack = undoStack())
        stack->push(new SegmentEditCommand(*this, *saved, tr("Typing in #%1").arg(saved->segment.order)));
}

void EditController::confirmAndNext()
{
    m_pane->flush();
    const domain::Segment current = m_pane->segment();
    if (current.id.isEmpty())
        return;
    const QStringList forms = m_pane->forms();
    auto confirmed = m_editor->confirm(current, forms, action(QStringLiteral("propagateTranslations"))->isChecked());
    if (!confirmed && confirmed.error().code == domain::ErrorCode::QaBlocked) {
        // The translator stays on the segment and reads which check refuses and why.
        QStringList reasons;
        for (const qa::Issue& issue : m_editor->confirmVerdict(current, forms).blocking)
            //: Why a segment was not confirmed: the QA check's id, then its message
            reasons.append(tr("“%1” blocks confirming: %2").arg(issue.check, issue.message));
        m_pane->showConfirmBlocked(reasons.join(QStringLiteral("; ")));
        Q_EMIT statusMessage(tr("Not confirmed: a quality check blocks it"), s_statusTimeoutMs);
        return;
    }
    if (!confirmed)
        return report(tr("Not confirmed"), confirmed.error());
    if (confirmed->change.changed()) {
        auto* command = new SegmentEditCommand(*this, confirmed->change, tr("Confirm #%1").arg(current.order));
        for (const editing::SegmentChange& other : std::as_const(confirmed->propagated)) {
            new SegmentEditCommand(*this, other, QString(), command);
            m_model->segmentWritten(other.segment);
            updateQaCount(other.segment);
        }
        written(confirmed->change.segment);
        if (QUndoStack* stack = undoStack())
            stack->push(command);
        else
            delete command;
    }
    if (confirmed->tmError.isEmpty() && confirmed->change.changed())
        Q_EMIT unitsAddedToMemory(m_editor->projectTmName()); // before the next segment asks
    if (!confirmed->tmError.isEmpty())
        Q_EMIT statusMessage(tr("Confirmed, but not added to the project TM: %1").arg(confirmed->tmError),
                             s_statusTimeoutMs);
    else if (!confirmed->propagated.isEmpty())
        Q_EMIT statusMessage(tr("Confirmed; the same translation went to %n identical segment(s)", nullptr,
                                int(confirmed->propagated.size())),
                             s_statusTimeoutMs);
    const int next = m_model->nextRowNeedingWork(currentRow());
    if (next < 0) {
        Q_EMIT statusMessage(tr("No other segment in view needs work."), s_statusTimeoutMs);
        return;
    }
    selectRow(next);
    m_pane->focusTarget(0);
}

void EditController::moveBy(int rows)
{
    if (m_model->rowCount() == 0)
        return;
    const bool inPane = m_pane->isAncestorOf(QApplication::focusWidget());
    const int row = std::clamp(currentRow() + rows, 0, m_model->rowCount() - 1);
    if (row == currentRow())
        return;
    selectRow(row);
    if (inPane)
        m_pane->focusTarget(0);
}

void EditController::copySource()
{
    m_pane->flush();
    const domain::Segment current = m_pane->segment();
    if (current.id.isEmpty())
        return;
    auto copied = m_editor->copySource(current);
    if (!copied)
        return report(tr("Source not copied"), copied.error());
    if (!copied->changed())
        return;
    written(copied->segment);
    m_pane->showSegment(copied->segment, m_model->index(currentRow(), 0).data(SegmentTableModel::NumberRole).toInt(),
                        m_editor->formCount(copied->segment));
    if (QUndoStack* stack = undoStack())
        stack->push(new SegmentEditCommand(*this, *copied, tr("Copy source to #%1").arg(current.order)));
    m_pane->focusTarget(m_pane->focusedForm());
}

void EditController::insertMissingPlaceable()
{
    if (!m_pane->insertNextMissingPlaceable())
        Q_EMIT statusMessage(tr("No placeable of the source is missing from the translation."), s_statusTimeoutMs);
}

void EditController::undo()
{
    m_pane->flush();
    if (QUndoStack* stack = undoStack())
        stack->undo();
}

void EditController::redo()
{
    m_pane->flush();
    if (QUndoStack* stack = undoStack())
        stack->redo();
}

void EditController::restore(const QString& segmentId, const editing::TargetState& expected,
                             const editing::TargetState& to)
{
    auto restored = m_editor->restore(segmentId, expected, to);
    if (!restored)
        return report(tr("Cannot undo"), restored.error());
    m_model->segmentWritten(*restored);
    updateQaCount(*restored);
    // Show what changed back: its row, and its text in the pane.
    const int row = m_model->rowForId(segmentId);
    if (row >= 0 && row != currentRow())
        selectRow(row);
    else if (m_pane->segment().id == segmentId)
        m_pane->showSegment(*restored, m_model->index(row, 0).data(SegmentTableModel::NumberRole).toInt(),
                            m_editor->formCount(*restored));
}

EditController::WrittenStepRef EditController::pushWritten(const QString& documentId,
                                                           const QList<editing::SegmentChange>& changes,
                                                           const QString& text)
{
    QUndoStack* stack = stackFor(documentId);
    if (!stack || changes.isEmpty())
        return {};
    // One step: a parent with a child per segment (undone in reverse, as a confirmation's propagation).
    auto* command = new WrittenStep(text);
    const WrittenStepRef ref{documentId, command, command->alive()};
    for (const editing::SegmentChange& change : changes) {
        new SegmentEditCommand(*this, change, QString(), command);
        if (documentId == m_model->documentId()) {
            m_model->segmentWritten(change.segment);
            updateQaCount(change.segment);
        }
    }
    stack->push(command);
    for (const editing::SegmentChange& change : changes) {
        if (change.segment.id == m_pane->segment().id) {
            const int row = m_model->rowForId(change.segment.id);
            m_pane->showSegment(change.segment,
                                row >= 0 ? m_model->index(row, 0).data(SegmentTableModel::NumberRole).toInt() : 0,
                                m_editor->formCount(change.segment));
        }
    }
    return ref;
}

EditController::StepUndo EditController::undoStep(const WrittenStepRef& step)
{
    QUndoStack* stack = m_stacks.value(step.documentId);
    if (!stack || step.alive.expired())
        return StepUndo::Gone;
    int at = stack->count() - 1;
    while (at >= 0 && stack->command(at) != step.step)
        --at;
    if (at < 0)
        return StepUndo::Gone;
    if (at >= stack->index())
        return StepUndo::AlreadyUndone;
    if (at != stack->index() - 1)
        return StepUndo::Covered;
    m_pane->flush();
    stack->undo();
    return StepUndo::Undone;
}

void EditController::saveWithOrigin(const QString& origin)
{
    const domain::Segment current = m_pane->segment();
    if (current.id.isEmpty())
        return;
    m_pane->takePending(); // saved here, with where it came from
    auto saved = m_editor->saveTargets(current, m_pane->forms(), origin);
    if (!saved)
        return report(tr("Not saved"), saved.error());
    if (!saved->changed())
        return;
    written(saved->segment);
    if (QUndoStack* stack = undoStack())
        stack->push(new SegmentEditCommand(*this, *saved, tr("Insert suggestion into #%1").arg(current.order)));
}

bool EditController::eventFilter(QObject* watched, QEvent* event)
{
    // The grid navigates; what is typed there goes into the pane's translation.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        widgets::SegmentTextEdit* field = m_pane->targetField(0);
        if (!field || field->isReadOnly())
            return false;
        const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
        if (plain && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter || key->key() == Qt::Key_F2)) {
            m_pane->focusTarget(0);
            return true;
        }
        if (plain && !key->text().isEmpty() && key->text().at(0).isPrint()) {
            m_pane->focusTarget(0);
            field->moveCursor(QTextCursor::End);
            field->insertAtCursor(key->text());
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tessera::ui::editor
