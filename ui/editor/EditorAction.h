// EditorAction: makes the editor's keyboard actions one way: their shortcuts work while focus is in
// the editor, and the tooltip names the keys.
#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

class QAction;
class QObject;

namespace tessera::ui::editor {

QAction* makeEditorAction(QObject* parent, const QString& name, const QString& text, const QList<QKeySequence>& keys,
                          const QString& help);

} // namespace tessera::ui::editor
