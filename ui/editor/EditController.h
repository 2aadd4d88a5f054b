// EditController: the editor's keyboard flow and undo over the grid (the navigator) and the editing
// pane: loads the chosen segment into the pane, saves what is typed through editing::SegmentEditor,
// confirms (unless a blocking QA check refuses) and moves to the next segment needing work, copies the
// source, inserts missing placeables, and keeps one QUndoStack per document whose commands write
// through the store. It gives the pane the document's QA checker and the grid every segment's QA issue
// count (counted off the GUI thread when a document opens, then after each save), and builds the
// project's consistency index off the GUI thread for the live consistency checks. Its actions carry
// object names and shortcuts so a shortcuts dialog can list and rebind them.
#pragma once

#include <memory>

#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QObject>

#include "domain/Result.h"
#include "domain/Segment.h"
#include "qa/DocumentQa.h"
#include "qa/LiveConsistency.h"

class QAction;
class QTableView;
class QUndoGroup;
class QUndoCommand;
class QUndoStack;

namespace tessera::store {
class Workspace;
}

namespace tessera::models {
class SegmentTableModel;
}

namespace tessera::qa {
class SpellChecker;
}

namespace tessera::editing {
class ProjectMemory;
class SegmentEditor;
struct SegmentChange;
struct TargetState;
} // namespace tessera::editing

namespace tessera::ui::editor {

class SegmentEditPane;

class EditController final : public QObject {
    Q_OBJECT

public:
    EditController(store::Workspace& workspace, const QString& author, models::SegmentTableModel* model,
                   QTableView* table, SegmentEditPane* pane, QObject* parent = nullptr);
    ~EditController() override;

    // After the model switched documents: languages, dictionary and the document's undo stack.
    void documentChanged(const QString& documentId);
    // The project's QA settings were changed in this app: the live checks follow at once. (Changes made
    // by another process are read at the next pause in typing, segment change or Confirm.)
    void qaSettingsChanged();
    // The editor's actions, for the page (and a later shortcuts dialog): confirmAndNext,
    // previousSegment, nextSegment, copySourceToTarget, insertMissingPlaceable, undoEdit, redoEdit,
    // showWhitespace, propagateTranslations.
    QList<QAction*> actions() const { return m_actions; }
    QAction* action(const QString& objectName) const;
    QUndoStack* undoStack() const;
    // The undo stack of a document (made on first use), also of one not open now.
    QUndoStack* stackFor(const QString& documentId);
    editing::SegmentEditor& editor() { return *m_editor; }

    void confirmAndNext();
    void moveBy(int rows);
    void copySource();
    void insertMissingPlaceable();
    void undo();
    void redo();

    // For SegmentEditCommand: writes `to` back if the segment still reads `expected`.
    void restore(const QString& segmentId, const editing::TargetState& expected, const editing::TargetState& to);
    // A step pushWritten made, to undo it later from elsewhere (the Replace window's Undo).
    struct WrittenStepRef {
        QString documentId;
        const QUndoCommand* step = nullptr;
        std::weak_ptr<const bool> alive;
    };
    // Changes written elsewhere (Replace All, a history version restored) become one undoable step in
    // their document's stack, named `text`; the grid and the pane show them. Empty when no change.
    WrittenStepRef pushWritten(const QString& documentId, const QList<editing::SegmentChange>& changes,
                               const QString& text);
    enum class StepUndo {
        Undone,        // written back now
        AlreadyUndone, // Ctrl+Z in its document did it already
        Gone,          // undone and then replaced by newer edits, or never pushed
        Covered,       // later edits in its document come first: undo those there
    };
    // Undoes `step` in its document's stack (open or not) when it is that stack's latest step.
    StepUndo undoStep(const WrittenStepRef& step);
    // The target of the pane's segment now comes from `origin` ("tm:NAME 87%", "mt:PROVIDER"): the
    // pane's text is saved with that origin (a suggestion inserted as it is).
    void saveWithOrigin(const QString& origin);

Q_SIGNALS:
    void statusMessage(const QString& message, int timeoutMs);
    // The grid got the QA issue counts of the document that is open (a left document's are dropped).
    void qaCountsReady(const QString& documentId);
    // The live consistency checks of the open document can see the rest of the project (read off the
    // GUI thread when the document opened).
    void qaConsistencyReady(const QString& documentId);
    // Units went into TM `tmName` (Confirm): suggestions should find them for the next segments.
    void unitsAddedToMemory(const QString& tmName);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    QAction* addAction(const QString& name, const QString& text, const QList<QKeySequence>& keys, const QString& help);
    void loadRow(int row);
    void onTargetsEdited(const QString& segmentId, const QStringList& forms);
    void written(const domain::Segment& segment);
    void savePropagateSetting(bool on);
    void updateQaCount(const domain::Segment& segment);
    void startQaScan(const QString& documentId);
    void qaScanFinished();
    void startConsistencyBuild();
    void consistencyBuilt();
    // The editor's checker after reading the project's QA settings again (what the pane checks with).
    std::shared_ptr<const qa::QaChecker> currentQaChecker();
    void selectRow(int row);
    int currentRow() const;
    void report(const QString& what, const domain::Error& error);

    store::Workspace& m_workspace;
    models::SegmentTableModel* m_model;
    QTableView* m_table;
    SegmentEditPane* m_pane;
    std::unique_ptr<editing::ProjectMemory> m_memory;
    std::unique_ptr<editing::SegmentEditor> m_editor;
    QUndoGroup* m_undoGroup;
    QHash<QString, QUndoStack*> m_stacks;                                   // by document id
    QHash<QString, std::shared_ptr<const qa::SpellChecker>> m_dictionaries; // by target language
    QList<QAction*> m_actions;
    bool m_restoring = false;
    QFutureWatcher<qa::DocumentQa::Counts> m_qaScan;
    bool m_qaScanPending = false;
    QHash<QString, int> m_qaSaved; // counts after saves made while the scan ran: newer than its own
    QFutureWatcher<qa::LiveConsistency::Built> m_consistencyBuild;
};

} // namespace tessera::ui::editor
