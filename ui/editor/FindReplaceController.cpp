#include "FindReplaceController.h"

#include <algorithm>
#include <tuple>

#include <QAction>
#include <QApplication>
#include <QHash>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTextCursor>

#include "domain/Document.h"
#include "models/SegmentTableModel.h"
#include "store/Database.h"
#include "store/DocumentRepository.h"
#include "store/Workspace.h"
#include "ui/editor/EditController.h"
#include "ui/editor/EditorAction.h"
#include "ui/editor/EditorPage.h"
#include "ui/editor/EditorStatus.h"
#include "ui/editor/FindReplaceDialog.h"
#include "ui/editor/SegmentEditPane.h"
#include "ui/shell/UiLog.h"
#include "ui/widgets/SegmentTextEdit.h"

namespace tessera::ui::editor {

using editing::FindHit;
using editing::TextMatcher;
using models::SegmentTableModel;

namespace {

constexpr int s_skippedListed = 5; // segments named in the message after Replace All

// Where a match is, for stepping: document, segment order, source before target, form, offset.
using Position = std::tuple<int, int, bool, int, qsizetype>;

} // namespace

FindReplaceController::FindReplaceController(store::Workspace& workspace, const QString& author, EditorPage& page)
    : QObject(&page)
    , m_workspace(workspace)
    , m_page(page)
    , m_finder(std::make_unique<editing::FindReplace>(workspace, author))
    , m_dialog(new FindReplaceDialog(&page))
{
    connect(addAction(QStringLiteral("findText"), tr("Find…"), QKeySequence::keyBindings(QKeySequence::Find),
                      tr("Find text in the sources and translations of this document or project")),
            &QAction::triggered, this, [this] { showFind(false); });
    connect(addAction(QStringLiteral("replaceText"), tr("Replace…"), {QKeySequence(Qt::CTRL | Qt::Key_H)},
                      tr("Replace text in the translations of this document or project, with a preview")),
            &QAction::triggered, this, [this] { showFind(true); });
    connect(addAction(QStringLiteral("findNext"), tr("Find Next"), {QKeySequence(Qt::Key_F3)},
                      tr("Go to the next match of the text to find")),
            &QAction::triggered, this, [this] { findNext(true); });
    connect(addAction(QStringLiteral("findPrevious"), tr("Find Previous"), {QKeySequence(Qt::SHIFT | Qt::Key_F3)},
                      tr("Go to the previous match of the text to find")),
            &QAction::triggered, this, [this] { findNext(false); });
    // F3 and Shift+F3 work in the dialog too.
    m_dialog->addActions(m_actions);
    connect(m_dialog, &FindReplaceDialog::findRequested, this, &FindReplaceController::findNext);
    connect(m_dialog, &FindReplaceDialog::previewRequested, this, &FindReplaceController::preview);
    connect(m_dialog, &FindReplaceDialog::replaceAllRequested, this, &FindReplaceController::replaceChosen);
    connect(m_dialog, &FindReplaceDialog::undoReplaceRequested, this, &FindReplaceController::undoReplace);
    connect(m_dialog, &FindReplaceDialog::requestChanged, this, [this] { m_last.reset(); });
}

FindReplaceController::~FindReplaceController() = default;

QAction* FindReplaceController::addAction(const QString& name, const QString& text, const QList<QKeySequence>& keys,
                                          const QString& help)
{
    QAction* action = makeEditorAction(this, name, text, keys, help);
    m_actions.append(action);
    return action;
}

void FindReplaceController::showFind(bool replace)
{
    // The selected text of the pane is what one usually wants to find.
    QString selected;
    if (auto* field = qobject_cast<QPlainTextEdit*>(QApplication::focusWidget()))
        selected = field->textCursor().selectedText();
    m_dialog->showFor(replace, selected);
}

editing::FindScope FindReplaceController::scope() const
{
    const FindRequest request = m_dialog->request();
    return {m_page.projectId(), request.wholeProject ? QString() : m_page.currentDocumentId()};
}

void FindReplaceController::say(const QString& message, bool problem)
{
    m_dialog->showMessage(message, problem);
    Q_EMIT statusMessage(message, s_statusTimeoutMs);
}

bool FindReplaceController::findNext(bool forward)
{
    const FindRequest request = m_dialog->request();
    if (request.pattern.text.isEmpty()) {
        showFind(false);
        return false;
    }
    auto matcher = TextMatcher::compile(request.pattern);
    if (!matcher) {
        say(tr("Cannot search: %1").arg(matcher.error().describe()), true);
        return false;
    }
    const editing::FindScope where = scope();
    if (where.documentId.isEmpty() && where.projectId.isEmpty()) {
        say(tr("Open a document first."), true);
        return false;
    }
    m_page.editPane()->flush(); // matches are found in what the store has
    auto found = matches(where, *matcher, request.in);
    if (!found) {
        say(tr("Cannot search: %1").arg(found.error().describe()), true);
        return false;
    }
    const QList<FindHit>* hits = &(*found)->hits;
    const QHash<QString, int>& rank = (*found)->documentRank;
    if (hits->isEmpty()) {
        m_last.reset();
        say(tr("“%1” was not found.").arg(request.pattern.text), true);
        return false;
    }
    auto positionOf = [&](const FindHit& hit) {
        return Position{rank.value(hit.documentId), hit.order, hit.inTarget, hit.form, hit.span.start};
    };
    // From the match shown last while the user stays on its segment, else from the current segment
    // (forward: its own matches first).
    const domain::Segment current = m_page.editPane()->segment();
    Position at{rank.value(m_page.currentDocumentId()), current.order, false, 0, -1};
    if (m_last && m_last->segmentId == current.id)
        at = positionOf(*m_last);
    // The hits are in position order: the first after `at` (or the last before it) by binary search.
    const auto comparePositions = [&](const FindHit& hit, const Position& p) { return positionOf(hit) < p; };
    qsizetype next = -1;
    if (forward) {
        const auto it = std::upper_bound(hits->begin(), hits->end(), at,
                                         [&](const Position& p, const FindHit& hit) { return p < positionOf(hit); });
        if (it != hits->end())
            next = it - hits->begin();
    } else {
        const auto it = std::lower_bound(hits->begin(), hits->end(), at, comparePositions);
        if (it != hits->begin())
            next = (it - hits->begin()) - 1;
    }
    const bool wrapped = next < 0;
    if (wrapped)
        next = forward ? 0 : hits->size() - 1;
    if (!goTo(hits->at(next)))
        return false;
    //: After Find Next: which match of how many is shown
    QString message = tr("Match %1 of %2").arg(next + 1).arg(hits->size());
    if (wrapped)
        message += QStringLiteral(" · ") + (forward ? tr("continued from the start") : tr("continued from the end"));
    say(message);
    return true;
}

domain::Result<const FindReplaceController::Found*>
FindReplaceController::matches(const editing::FindScope& where, const TextMatcher& matcher, editing::FindIn in)
{
    const auto stamp = m_workspace.database().changeStamp();
    if (m_found && m_found->pattern == matcher.pattern() && m_found->in == in && m_found->scope == where &&
        m_found->stamp == stamp)
        return &*m_found;
    m_found.reset();
    auto hits = m_finder->find(where, in, matcher);
    if (!hits)
        return std::unexpected(hits.error());
    Found found{matcher.pattern(), in, where, stamp, std::move(*hits), {}};
    // Documents in the project's order (the order find() reports them in).
    if (auto documents = m_workspace.documents().listForProject(m_page.projectId()); documents) {
        for (const domain::Document& document : std::as_const(*documents))
            found.documentRank.insert(document.id, int(found.documentRank.size()));
    }
    m_found = std::move(found);
    return &*m_found;
}

bool FindReplaceController::goTo(const FindHit& hit)
{
    if (hit.documentId != m_page.currentDocumentId() && !m_page.openDocument(hit.documentId)) {
        say(tr("Cannot open the document of the match."), true);
        return false;
    }
    SegmentTableModel* model = m_page.segments();
    const int row = model->rowForId(hit.segmentId);
    if (row < 0) {
        say(tr("The match is in a segment the filter hides; clear the filter to go there."), true);
        return false;
    }
    const QModelIndex index = model->index(row, SegmentTableModel::TargetColumn);
    m_page.table()->setCurrentIndex(index);
    m_page.table()->scrollTo(index);
    SegmentEditPane* pane = m_page.editPane();
    widgets::SegmentTextEdit* field = hit.inTarget ? pane->targetField(hit.form) : pane->sourceField(hit.form);
    if (field) {
        QTextCursor cursor(field->document());
        cursor.setPosition(int(hit.span.start));
        cursor.setPosition(int(hit.span.start + hit.span.length), QTextCursor::KeepAnchor);
        field->setTextCursor(cursor);
        field->ensureCursorVisible();
    }
    m_last = hit;
    return true;
}

bool FindReplaceController::preview()
{
    const FindRequest request = m_dialog->request();
    auto matcher = TextMatcher::compile(request.pattern, request.replacement);
    if (!matcher) {
        m_dialog->clearPreview();
        say(tr("Cannot replace: %1").arg(matcher.error().describe()), true);
        return false;
    }
    m_page.editPane()->flush();
    auto candidates = m_finder->preview(scope(), *matcher);
    if (!candidates) {
        say(tr("Cannot replace: %1").arg(candidates.error().describe()), true);
        return false;
    }
    m_dialog->setPreview(*candidates);
    const auto refused = std::count_if(candidates->begin(), candidates->end(),
                                       [](const editing::ReplacementCandidate& c) { return !c.applicable(); });
    if (candidates->isEmpty())
        say(tr("No translation would change."));
    else if (refused > 0)
        say(tr("%n translation(s) would change; untick those to leave alone.", nullptr, int(candidates->size())) +
            QStringLiteral(" ") + tr("%n segment(s) are refused (see Note).", nullptr, int(refused)));
    else
        say(tr("%n translation(s) would change; untick those to leave alone.", nullptr, int(candidates->size())));
    return true;
}

int FindReplaceController::replaceChosen()
{
    QList<editing::ReplacementCandidate> chosen = m_dialog->chosen();
    // Refused rows cannot be ticked; they are reported as skipped all the same.
    for (const editing::ReplacementCandidate& candidate : m_dialog->preview())
        if (!candidate.applicable())
            chosen.append(candidate);
    m_page.editPane()->flush();
    auto applied = m_finder->apply(chosen);
    if (!applied) {
        say(tr("Nothing replaced: %1").arg(applied.error().describe()), true);
        return 0;
    }
    const QString text = m_dialog->request().pattern.text;
    m_lastReplace.clear();
    for (const auto& document : std::as_const(applied->documents)) {
        auto step = m_page.editController()->pushWritten(
            document.documentId, document.changes,
            //: The undo step of a Replace All
            tr("Replace “%1” in %n segment(s)", nullptr, int(document.changes.size())).arg(text));
        if (step.step)
            m_lastReplace.append(step);
    }
    m_dialog->setUndoAvailable(!m_lastReplace.isEmpty());
    m_dialog->clearPreview();
    QString message = tr("Replaced in %n segment(s).", nullptr, applied->replaced());
    if (!applied->skipped.isEmpty()) {
        QStringList named;
        for (const auto& skipped : std::as_const(applied->skipped)) {
            if (named.size() == s_skippedListed) {
                named.append(QStringLiteral("…"));
                break;
            }
            //: A skipped segment after Replace All: its number, then why
            named.append(tr("#%1 (%2)").arg(skipped.order).arg(skipped.reason));
        }
        message += QStringLiteral(" ") +
                   tr("Skipped %n: %1", nullptr, int(applied->skipped.size())).arg(named.join(QStringLiteral("; ")));
    }
    say(message, !applied->skipped.isEmpty());
    qCInfo(lcUi) << "replace all:" << applied->replaced() << "replaced," << applied->skipped.size() << "skipped";
    return applied->replaced();
}

int FindReplaceController::undoReplace()
{
    int undone = 0;
    QStringList covered;
    for (const EditController::WrittenStepRef& step : std::as_const(m_lastReplace)) {
        switch (m_page.editController()->undoStep(step)) {
        case EditController::StepUndo::Undone:
            ++undone;
            break;
        case EditController::StepUndo::Covered: {
            auto document = m_workspace.documents().find(step.documentId);
            covered.append(document ? document->name : step.documentId);
            break;
        }
        case EditController::StepUndo::AlreadyUndone:
        case EditController::StepUndo::Gone:
            break;
        }
    }
    m_lastReplace.clear();
    m_dialog->setUndoAvailable(false);
    QString message = tr("Undid the replacement in %n document(s).", nullptr, undone);
    if (!covered.isEmpty())
        message += QStringLiteral(" ") + tr("Not undone in %1: it was edited since; undo there with Ctrl+Z.")
                                             .arg(covered.join(QStringLiteral(", ")));
    say(message, !covered.isEmpty());
    qCInfo(lcUi) << "undo replace all:" << undone << "documents undone," << covered.size() << "covered";
    return undone;
}

} // namespace tessera::ui::editor
