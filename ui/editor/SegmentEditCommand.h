// SegmentEditCommand: one change the editor wrote to a segment (typing, confirming, copying the source,
// and the segments a confirmation propagated to, as child commands), undone and redone by writing the
// earlier or later target and state back through the store.
#pragma once

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

} // namespace tessera::ui::editor
