#include "ShortcutScheme.h"

#include <algorithm>

#include <QAction>
#include <QSettings>
#include <QWidget>

namespace tessera::ui::settings {

namespace {

constexpr const char* s_defaultsProperty = "tesseraDefaultShortcuts";

QString settingsKey(const QString& name)
{
    return QStringLiteral("shortcuts/") + name;
}

QString readable(QString text)
{
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    return text;
}

// The window's named actions, each with the shortcuts it had before any saved change was applied.
QList<QAction*> namedActions(QWidget* window)
{
    QList<QAction*> actions;
    for (QAction* action : window->findChildren<QAction*>()) {
        // Qt's own (a line edit's clear button: "_q_qlineeditclearaction") have no text to list.
        if (action->objectName().isEmpty() || action->objectName().startsWith(QLatin1String("_q_")) ||
            action->text().isEmpty() || action->isSeparator())
            continue;
        if (!action->property(s_defaultsProperty).isValid())
            action->setProperty(s_defaultsProperty, QVariant::fromValue(action->shortcuts()));
        actions.append(action);
    }
    return actions;
}

QList<QKeySequence> defaultsOf(const QAction* action)
{
    return action->property(s_defaultsProperty).value<QList<QKeySequence>>();
}

} // namespace

ShortcutScheme::ShortcutScheme(QWidget* window)
{
    for (QAction* action : namedActions(window))
        m_entries.append(
            Entry{action, action->objectName(), readable(action->text()), defaultsOf(action), action->shortcuts()});
    std::sort(m_entries.begin(), m_entries.end(),
              [](const Entry& a, const Entry& b) { return a.text.localeAwareCompare(b.text) < 0; });
}

ShortcutScheme::Entry* ShortcutScheme::find(const QString& name)
{
    for (Entry& entry : m_entries)
        if (entry.name == name)
            return &entry;
    return nullptr;
}

QString ShortcutScheme::conflict(const QString& name, const QKeySequence& keys) const
{
    if (keys.isEmpty())
        return {};
    for (const Entry& entry : m_entries)
        if (entry.name != name && entry.current.contains(keys))
            return entry.text;
    return {};
}

bool ShortcutScheme::set(const QString& name, const QKeySequence& keys)
{
    Entry* entry = find(name);
    if (!entry || !conflict(name, keys).isEmpty())
        return false;
    entry->current = keys.isEmpty() ? QList<QKeySequence>{} : QList<QKeySequence>{keys};
    entry->action->setShortcuts(entry->current);
    QSettings().setValue(settingsKey(name), keys.toString(QKeySequence::PortableText));
    return true;
}

void ShortcutScheme::reset(const QString& name)
{
    Entry* entry = find(name);
    if (!entry)
        return;
    entry->current = entry->defaults;
    entry->action->setShortcuts(entry->current);
    QSettings().remove(settingsKey(name));
}

void ShortcutScheme::applySaved(QWidget* window)
{
    const QSettings settings;
    for (QAction* action : namedActions(window)) {
        const QString key = settingsKey(action->objectName());
        if (!settings.contains(key))
            continue;
        const QKeySequence keys = QKeySequence::fromString(settings.value(key).toString(), QKeySequence::PortableText);
        action->setShortcuts(keys.isEmpty() ? QList<QKeySequence>{} : QList<QKeySequence>{keys});
    }
}

} // namespace tessera::ui::settings
