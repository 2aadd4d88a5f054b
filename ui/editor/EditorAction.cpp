// EditorAction: the shortcut context is the editor page and its children, so two pages never fight.
#include "EditorAction.h"

#include <QAction>
#include <QCoreApplication>

namespace tessera::ui::editor {

QAction* makeEditorAction(QObject* parent, const QString& name, const QString& text, const QList<QKeySequence>& keys,
                          const QString& help)
{
    auto* action = new QAction(text, parent);
    action->setObjectName(name);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QStringList shown;
    for (const QKeySequence& key : keys)
        shown.append(key.toString(QKeySequence::NativeText));
    action->setToolTip(shown.isEmpty()
                           ? help
                           : QCoreApplication::translate("EditorAction", "%1 (%2)")
                                 .arg(help, shown.join(QCoreApplication::translate("EditorAction", " or "))));
    action->setStatusTip(help);
    return action;
}

} // namespace tessera::ui::editor
