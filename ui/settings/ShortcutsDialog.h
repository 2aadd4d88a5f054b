// ShortcutsDialog: every keyboard shortcut of the window in one list, searchable, each changeable
// (press the new keys) or reset to its default; changes apply at once and are kept (ShortcutScheme).
#pragma once

#include <QDialog>

#include "ShortcutScheme.h"

class QKeySequenceEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace tessera::ui::settings {

class ShortcutsDialog final : public QDialog {
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget* window, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QKeySequenceEdit* keysEdit() const { return m_keys; }
    QLabel* message() const { return m_message; }

    // Gives the selected action `keys`; false (and says why) when another action has them.
    bool assignToSelected(const QKeySequence& keys);
    void resetSelected();

private:
    void fill();
    void filter(const QString& text);
    void showSelected();
    QString selectedName() const;

    ShortcutScheme m_scheme;
    QLineEdit* m_search = nullptr;
    QTableWidget* m_table = nullptr;
    QKeySequenceEdit* m_keys = nullptr;
    QPushButton* m_clear = nullptr;
    QPushButton* m_reset = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace tessera::ui::settings
