// SegmentEditCommand: one change the editor wrote to a segment (typing, confirming, copying the source,
// and the segments a confirmation propagated to, as child commands), undone and redone by writing the
// earlier or later target and state back through the store.
#pragma once

#include <memory>

#include <QUndoCommand>

#include "editing/SegmentEditor.h"

namespace tessera::ui::editor {

class EditController;

class SegmentEditCommand final : public QUndoCommand {
public:
    // Pushed after the change was written: the first redo() writes nothing.
    SegmentEditCommand(EditController& controller, const editing::SegmentChange& change, const QString& text,
                       QUndoCommand* parent = nullptr);

    QString segmentId() const { return m_segmentId; }
    void undo() override;
    void redo() override;

private:
    EditController& m_controller;
    QString m_segmentId;
    editing::TargetState m_before;
    editing::TargetState m_after;
    bool m_written = true;
};

// The parent of the changes written elsewhere and pushed as one step (EditController::pushWritten).
// Its `alive` token expires when the stack deletes it, so a holder (the Replace window's Undo) never
// touches a step that is gone.
class WrittenStep final : public QUndoCommand {
public:
    explicit WrittenStep(const QString& text)
        : QUndoCommand(text)
    {}
    std::weak_ptr<const bool> alive() const { return m_alive; }

private:
    std::shared_ptr<const bool> m_alive = std::make_shared<const bool>(true);
};

} // namespace tessera::ui::editor
