// Tests the keyboard shortcuts offscreen: the dialog lists the editor's and the window's actions with
// their keys, a new key works at once and is still there in the next window, a key another action
// has is refused with the other action named, "No Shortcut" and "Reset to Default" do what they say.
#include <QAction>
#include <QApplication>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "TempWorkspace.h"
#include "ui/settings/ShortcutsDialog.h"
#include "ui/shell/MainWindow.h"

using tessera::testsupport::TempWorkspace;
using tessera::ui::settings::ShortcutsDialog;
using tessera::ui::shell::MainWindow;

namespace {

QAction* action(QWidget* window, const QString& name)
{
    return window->findChild<QAction*>(name);
}

// Selects the row of action `text` in the dialog; false when it is not listed.
bool select(ShortcutsDialog& dialog, const QString& text)
{
    QTableWidget* table = dialog.table();
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text() == text) {
            table->selectRow(row);
            return true;
        }
    return false;
}

QString shownKeys(ShortcutsDialog& dialog, const QString& text)
{
    QTableWidget* table = dialog.table();
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text() == text)
            return table->item(row, 1)->text();
    return QStringLiteral("(not listed)");
}

} // namespace

class TestShortcuts : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_settings;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(QStringLiteral("Tessera"));
        QCoreApplication::setApplicationName(QStringLiteral("tessera-shortcuts-test"));
    }
    void init() { QSettings().clear(); }

    void dialogListsEveryNamedAction()
    {
        TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        MainWindow window(*ws, QStringLiteral("tester"));
        ShortcutsDialog dialog(&window);
        const QString confirm = QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText);
        QVERIFY2(shownKeys(dialog, action(&window, QStringLiteral("confirmAndNext"))->text().remove(QLatin1Char('&')))
                     .contains(confirm),
                 "Confirm and go to the next segment is listed with Ctrl+Return");
        QVERIFY(select(dialog, QStringLiteral("Quit")));
        QVERIFY(select(dialog, QStringLiteral("Reload Segments")));
        QVERIFY(dialog.table()->rowCount() >= 10);
    }

    void newKeyWorksAndIsKept()
    {
        TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const QKeySequence keys(Qt::CTRL | Qt::SHIFT | Qt::Key_J);
        QString copyText;
        {
            MainWindow window(*ws, QStringLiteral("tester"));
            QAction* copy = action(&window, QStringLiteral("copySourceToTarget"));
            QVERIFY(copy);
            copyText = copy->text().remove(QLatin1Char('&'));
            ShortcutsDialog dialog(&window);
            QVERIFY(select(dialog, copyText));
            QVERIFY(dialog.assignToSelected(keys));
            QCOMPARE(copy->shortcuts(), QList<QKeySequence>{keys}); // at once
            QCOMPARE(shownKeys(dialog, copyText), keys.toString(QKeySequence::NativeText));
        }
        // The next window starts with it.
        MainWindow again(*ws, QStringLiteral("tester"));
        QCOMPARE(action(&again, QStringLiteral("copySourceToTarget"))->shortcuts(), QList<QKeySequence>{keys});

        // Back to the default, in this window and the next.
        {
            ShortcutsDialog dialog(&again);
            QVERIFY(select(dialog, copyText));
            dialog.resetSelected();
            QVERIFY(!action(&again, QStringLiteral("copySourceToTarget"))->shortcuts().contains(keys));
            QVERIFY(!action(&again, QStringLiteral("copySourceToTarget"))->shortcuts().isEmpty());
        }
        MainWindow third(*ws, QStringLiteral("tester"));
        QVERIFY(!action(&third, QStringLiteral("copySourceToTarget"))->shortcuts().contains(keys));
    }

    void keyOfAnotherActionIsRefused()
    {
        TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        MainWindow window(*ws, QStringLiteral("tester"));
        QAction* copy = action(&window, QStringLiteral("copySourceToTarget"));
        QAction* confirm = action(&window, QStringLiteral("confirmAndNext"));
        const QKeySequence confirmKeys(Qt::CTRL | Qt::Key_Return);
        QVERIFY(confirm->shortcuts().contains(confirmKeys));
        const QList<QKeySequence> before = copy->shortcuts();
        ShortcutsDialog dialog(&window);
        QVERIFY(select(dialog, copy->text().remove(QLatin1Char('&'))));
        QVERIFY(!dialog.assignToSelected(confirmKeys));
        QVERIFY2(dialog.message()->text().contains(QStringLiteral("Confirm and Next")),
                 qPrintable(dialog.message()->text()));
        QCOMPARE(copy->shortcuts(), before);
        QVERIFY(confirm->shortcuts().contains(confirmKeys));

        // "No Shortcut" frees a key, which another action can then take.
        QVERIFY(select(dialog, QStringLiteral("Confirm and Next")));
        QVERIFY(dialog.assignToSelected({}));
        QVERIFY(confirm->shortcuts().isEmpty());
        QVERIFY(select(dialog, copy->text().remove(QLatin1Char('&'))));
        QVERIFY(dialog.assignToSelected(confirmKeys));
        QCOMPARE(copy->shortcuts(), QList<QKeySequence>{confirmKeys});
    }
};

QTEST_MAIN(TestShortcuts)
#include "TestShortcuts.moc"
