// ShortcutScheme: the keyboard shortcuts of every named action of a window, their defaults, and the
// user's changes kept in QSettings ("shortcuts/<action>"), applied when the window starts.
#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

class QAction;
class QWidget;

namespace tessera::ui::settings {

class ShortcutScheme {
public:
    struct Entry {
        QAction* action = nullptr;
        QString name; // the action's object name, which the settings key uses
        QString text; // what the user reads (menu text without the & mnemonic)
        QList<QKeySequence> defaults;
        QList<QKeySequence> current;
    };

    // Collects the window's actions that have an object name (the first time, their shortcuts are
    // remembered as the defaults), sorted by text.
    explicit ShortcutScheme(QWidget* window);

    const QList<Entry>& entries() const { return m_entries; }
    // The action other than `name` that already uses `keys`, or empty.
    QString conflict(const QString& name, const QKeySequence& keys) const;
    // Gives action `name` the shortcut `keys` (empty: none) and saves it; refused (false) when
    // another action has it.
    bool set(const QString& name, const QKeySequence& keys);
    // Back to the default shortcuts, forgetting the saved change.
    void reset(const QString& name);

    // Applies the saved changes to the window's actions (at start).
    static void applySaved(QWidget* window);

private:
    Entry* find(const QString& name);

    QList<Entry> m_entries;
};

} // namespace tessera::ui::settings
