#include "SegmentEditCommand.h"

#include "ui/editor/EditController.h"

namespace tessera::ui::editor {

SegmentEditCommand::SegmentEditCommand(EditController& controller, const editing::SegmentChange& change,
                                       const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_controller(controller)
    , m_segmentId(change.segment.id)
    , m_before(change.before)
    , m_after(change.after())
{}

void SegmentEditCommand::undo()
{
    QUndoCommand::undo(); // propagated segments first, in reverse
    m_controller.restore(m_segmentId, m_after, m_before);
}

void SegmentEditCommand::redo()
{
    if (m_written) {
        m_written = false; // pushed after the store had it
    } else {
        m_controller.restore(m_segmentId, m_before, m_after);
    }
    QUndoCommand::redo();
}

} // namespace tessera::ui::editor
