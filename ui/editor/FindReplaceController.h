// FindReplaceController: the editor's find and replace. Its actions (Find Ctrl+F, Replace Ctrl+H,
// Find Next F3, Find Previous Shift+F3) open FindReplaceDialog or step through the matches, each
// opening the match's document, selecting its row in the grid and the matched text in the pane;
// Replace All asks editing::FindReplace for a preview and applies the ticked changes, each document's
// as one step of its undo stack (EditController::pushWritten), and says what was skipped and why.
// Undo Replace takes the last Replace All back in every document it changed, open or not.
#pragma once

#include <memory>
#include <optional>

#include <QHash>
#include <QList>
#include <QObject>

#include "editing/FindReplace.h"
#include "ui/editor/EditController.h"

class QAction;

namespace tessera::store {
class Workspace;
}

namespace tessera::ui::editor {

class EditorPage;
class FindReplaceDialog;

class FindReplaceController final : public QObject {
    Q_OBJECT

public:
    // The workspace and page must outlive the controller; `author` signs the replacements.
    FindReplaceController(store::Workspace& workspace, const QString& author, EditorPage& page);
    ~FindReplaceController() override;

    // findText, replaceText, findNext, findPrevious.
    QList<QAction*> actions() const { return m_actions; }
    FindReplaceDialog* dialog() const { return m_dialog; }

    void showFind(bool replace);
    // Goes to the next (or previous) match after the pane's current selection, wrapping round;
    // false when there is none (the dialog says why).
    bool findNext(bool forward);
    // Fills the dialog's preview; false (with the reason shown) when the pattern is bad.
    bool preview();
    // Applies the preview's ticked rows; returns how many segments changed.
    int replaceChosen();
    // Undoes the last Replace All in each document where it is still the latest step; returns in how
    // many documents. The dialog names those where later edits come first (undo them there).
    int undoReplace();

Q_SIGNALS:
    void statusMessage(const QString& message, int timeoutMs);

private:
    QAction* addAction(const QString& name, const QString& text, const QList<QKeySequence>& keys, const QString& help);
    editing::FindScope scope() const;
    bool goTo(const editing::FindHit& hit);
    void say(const QString& message, bool problem = false);

    store::Workspace& m_workspace;
    EditorPage& m_page;
    std::unique_ptr<editing::FindReplace> m_finder;
    FindReplaceDialog* m_dialog;
    QList<QAction*> m_actions;
    std::optional<editing::FindHit> m_last;              // the match shown last
    QList<EditController::WrittenStepRef> m_lastReplace; // the last Replace All's step per document
    // The last search's matches, reused by the next F3 while the pattern, the scope and the workspace's
    // data stay the same.
    struct Found {
        editing::FindPattern pattern;
        editing::FindIn in = editing::FindIn::Both;
        editing::FindScope scope;
        std::pair<qint64, qint64> stamp;
        QList<editing::FindHit> hits;
        QHash<QString, int> documentRank; // document id -> place in the project's order
    };
    std::optional<Found> m_found;
    // The matches for the dialog's request in `where`, from m_found when still valid.
    domain::Result<const Found*> matches(const editing::FindScope& where, const editing::TextMatcher& matcher,
                                         editing::FindIn in);
};

} // namespace tessera::ui::editor
