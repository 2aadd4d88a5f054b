// Tests the desktop shell offscreen: opens the demo workspace, edits a target in the segment table
// through the keyboard, reopens and finds the edit; the About dialog, the placeholder pages, the
// empty workspace and the workspace error texts.
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "TempWorkspace.h"
#include "demo/DemoSeeder.h"
#include "models/DocumentListModel.h"
#include "models/ProjectListModel.h"
#include "models/SegmentTableModel.h"
#include "store/DocumentRepository.h"
#include "store/SegmentRepository.h"
#include "system/Versions.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/editor/EditorPage.h"
#include "ui/editor/SegmentEditPane.h"
#include "ui/shell/AboutDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/WorkspaceErrorMessage.h"

using tessera::domain::SegmentState;
using tessera::models::SegmentTableModel;
using tessera::testsupport::TempWorkspace;
using tessera::ui::shell::MainWindow;

namespace {

const QString s_author = QStringLiteral("tester");
const QString s_document = QStringLiteral("ui/app_strings.po");
const QString s_key = QStringLiteral("MainWindow|&Archive Note"); // new and empty in the demo

QModelIndex findRow(const QAbstractItemModel* model, const QString& text)
{
    const QModelIndexList found = model->match(model->index(0, 0), Qt::DisplayRole, text, 1, Qt::MatchExactly);
    return found.value(0);
}

} // namespace

class TestShell : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_settings;

    static std::unique_ptr<MainWindow> showWindow(TempWorkspace& ws)
    {
        auto window = std::make_unique<MainWindow>(*ws, s_author);
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            qWarning("the main window did not become active");
        return window;
    }

    // The demo's German UI strings document and the id of the segment the tests translate.
    static std::pair<QString, QString> demoTarget(TempWorkspace& ws, const QString& projectId)
    {
        auto documents = ws->documents().listForProject(projectId);
        if (!documents)
            return {};
        for (const auto& document : *documents) {
            if (document.name == s_document && document.targetLanguage == QLatin1String("de")) {
                auto segment = ws->segments().findByKey(document.id, s_key);
                return {document.id, segment ? segment->id : QString()};
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Keep the developer's own settings out of it.
        QVERIFY(m_settings.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(QStringLiteral("Tessera"));
        QCoreApplication::setApplicationName(QStringLiteral("tessera-test"));
    }

    void init() { QSettings().clear(); }

    void editTargetPersists_data()
    {
        QTest::addColumn<bool>("startWithF2");
        QTest::newRow("F2, then type") << true;
        QTest::newRow("just type") << false;
    }

    void editTargetPersists()
    {
        QFETCH(bool, startWithF2);
        TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        auto demo = tessera::demo::DemoSeeder(*ws).seed();
        QVERIFY2(demo, qPrintable(demo ? QString() : demo.error().describe()));
        const auto [documentId, segmentId] = demoTarget(ws, demo->projectId);
        QVERIFY(!documentId.isEmpty() && !segmentId.isEmpty());
        const QString translation = QStringLiteral("Notiz &archivieren");

        {
            auto window = showWindow(ws);
            // Pick the project on the dashboard and double-click the German UI strings.
            auto* projects = window->findChild<QListView*>(QStringLiteral("projectList"));
            QVERIFY(projects);
            const QModelIndex project = findRow(projects->model(), demo->projectName);
            QVERIFY(project.isValid());
            QTest::mouseClick(projects->viewport(), Qt::LeftButton, {}, projects->visualRect(project).center());
            QCOMPARE(window->dashboard()->currentProjectId(), demo->projectId);

            auto* documents = window->findChild<QListView*>(QStringLiteral("documentList"));
            QVERIFY(documents);
            const QModelIndex document = findRow(documents->model(), s_document + QStringLiteral(" — de"));
            QVERIFY(document.isValid());
            const QPoint where = documents->visualRect(document).center();
            QTest::mouseClick(documents->viewport(), Qt::LeftButton, {}, where);
            QTest::mouseDClick(documents->viewport(), Qt::LeftButton, {}, where);
            QCOMPARE(window->currentPage(), MainWindow::Page::Editor);
            QCOMPARE(window->editor()->currentDocumentId(), documentId);

            // Select the target cell and type the translation like a user.
            auto* table = window->findChild<QTableView*>(QStringLiteral("segmentTable"));
            QVERIFY(table && table->isVisible());
            auto* model = qobject_cast<SegmentTableModel*>(table->model());
            QVERIFY(model);
            const int row = model->rowForId(segmentId);
            QVERIFY(row >= 0);
            const QModelIndex target = model->index(row, SegmentTableModel::TargetColumn);
            QVERIFY(target.data().toString().isEmpty());
            table->scrollTo(target);
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(target).center());
            QCOMPARE(table->currentIndex(), target);

            // F2 or the first letter in the grid goes to the editing pane's translation field.
            if (startWithF2) {
                QTest::keyClick(table, Qt::Key_F2);
            } else {
                QTest::keyClick(table, translation.at(0).toLatin1());
            }
            auto* editor = window->findChild<QPlainTextEdit*>(QStringLiteral("targetField0"));
            QVERIFY(editor);
            QTRY_VERIFY(editor->hasFocus());
            QTest::keyClicks(editor, startWithF2 ? translation : translation.mid(1));
            QCOMPARE(editor->toPlainText(), translation);
            QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier); // confirm

            QCOMPARE(target.data().toString(), translation);
            QCOMPARE(target.data(SegmentTableModel::StateRole).toInt(), int(SegmentState::Translated));
            QVERIFY(window->close());
        }

        // Restart: a new workspace object and a new window, which reopen the same document.
        ws.close();
        QVERIFY2(ws.reopen(), qPrintable(ws.error()));
        {
            auto window = showWindow(ws);
            QCOMPARE(window->currentPage(), MainWindow::Page::Editor);
            QCOMPARE(window->dashboard()->currentProjectId(), demo->projectId);
            QCOMPARE(window->editor()->currentDocumentId(), documentId);
            auto* table = window->findChild<QTableView*>(QStringLiteral("segmentTable"));
            QVERIFY(table);
            const auto* model = qobject_cast<const SegmentTableModel*>(table->model());
            const int row = model->rowForId(segmentId);
            QCOMPARE(model->index(row, SegmentTableModel::TargetColumn).data().toString(), translation);
            QVERIFY(window->close());
        }
        auto stored = ws->segments().find(segmentId);
        QVERIFY(stored);
        QCOMPARE(stored->targets, QStringList{translation});
        QCOMPARE(stored->state, SegmentState::Translated);
        QCOMPARE(stored->rev, 2); // the typing saved as a Draft, then the confirmation
        QCOMPARE(stored->updatedBy, s_author);
        auto revisions = ws->segments().revisions(segmentId);
        QVERIFY(revisions);
        QCOMPARE(revisions->size(), 2);
        QCOMPARE(revisions->first().state, SegmentState::Draft);
    }

    void escapeCancelsAnEdit()
    {
        TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        auto demo = tessera::demo::DemoSeeder(*ws).seed();
        QVERIFY(demo);
        const auto [documentId, segmentId] = demoTarget(ws, demo->projectId);
        auto window = showWindow(ws);
        QVERIFY(window->dashboard()->selectProject(demo->projectId));
        QVERIFY(window->editor()->openDocument(documentId));
        window->showPage(MainWindow::Page::Editor);
        QTableView* table = window->editor()->table();
        const QModelIndex target =
            table->model()->index(window->editor()->segments()->rowForId(segmentId), SegmentTableModel::TargetColumn);
        table->setCurrentIndex(target);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_F2);
        auto* editor = window->findChild<QPlainTextEdit*>(QStringLiteral("targetField0"));
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("verworfen"));
        QTest::keyClick(editor, Qt::Key_Escape); // before the pause that saves it
        QVERIFY(editor->toPlainText().isEmpty());
        QVERIFY(table->hasFocus());
        QVERIFY(!window->editor()->editPane()->hasPendingEdit()); // nothing left to save later either
        QVERIFY(target.data().toString().isEmpty());
        QCOMPARE(ws->segments().find(segmentId)->rev, 0);
    }

    void statusBarShowsWorkspaceAndOffline()
    {
        TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        auto window = showWindow(ws);
        auto* workspace = window->statusBar()->findChild<QLabel*>(QStringLiteral("workspaceLabel"));
        auto* connection = window->statusBar()->findChild<QLabel*>(QStringLiteral("connectionLabel"));
        QVERIFY(workspace && connection);
        QVERIFY(workspace->text().contains(QDir::toNativeSeparators(ws->path())));
        QCOMPARE(connection->text(), QStringLiteral("Offline"));
    }

    void emptyWorkspaceShowsHowToStart()
    {
        TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        auto window = showWindow(ws);
        auto* hint = window->findChild<QLabel*>(QStringLiteral("emptyWorkspaceHint"));
        QVERIFY(hint);
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(QStringLiteral("tessera-cli demo create")));
        QVERIFY(hint->text().contains(QStringLiteral("tessera-cli project create")));
        window->showPage(MainWindow::Page::Editor);
        QVERIFY(!window->editor()->table()->isVisible());
    }

    void placeholderPagesSayNotBuiltYet_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("title");
        QTest::newRow("review") << int(MainWindow::Page::Review) << "Review";
        QTest::newRow("analytics") << int(MainWindow::Page::Analytics) << "Analytics";
    }

    void placeholderPagesSayNotBuiltYet()
    {
        QFETCH(int, row);
        QFETCH(QString, title);
        TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        auto window = showWindow(ws);
        auto* navigation = window->findChild<QListWidget*>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        QCOMPARE(navigation->item(row)->text(), title);
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                          navigation->visualItemRect(navigation->item(row)).center());
        QCOMPARE(int(window->currentPage()), row);
        auto* pages = window->findChild<QStackedWidget*>(QStringLiteral("pages"));
        QWidget* page = pages->currentWidget();
        QVERIFY(page->isVisible());
        auto* notice = page->findChild<QLabel*>(QStringLiteral("notBuiltYet"));
        QVERIFY(notice && notice->isVisible());
        QCOMPARE(notice->text(), QStringLiteral("This view is not built yet."));
        QCOMPARE(page->findChild<QLabel*>(QStringLiteral("pageTitle"))->text(), title);
    }

    void aboutDialogListsVersions()
    {
        TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        auto window = showWindow(ws);
        QAction* about = nullptr;
        for (QAction* action : window->menuBar()->findChildren<QAction*>()) {
            if (action->text() == QStringLiteral("&About Tessera"))
                about = action;
        }
        QVERIFY(about);
        about->trigger();
        auto* dialog = window->findChild<tessera::ui::shell::AboutDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const auto versions = tessera::system::componentVersions();
        QStringList names;
        for (const auto& [name, version] : versions) {
            names.append(name);
            auto* label = dialog->findChild<QLabel*>(QStringLiteral("version:") + name);
            QVERIFY2(label, qPrintable(name));
            QVERIFY(!version.isEmpty());
            QCOMPARE(label->text(), version);
        }
        for (const char* expected : {"Tessera", "Qt", "KF6", "SQLite", "libcurl", "spdlog"})
            QVERIFY2(names.contains(QLatin1String(expected)), expected);
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("version:Qt"))->text(), QString::fromLatin1(qVersion()));
        dialog->reject();
    }

    void workspaceErrorsInPlainWords_data()
    {
        using tessera::domain::ErrorCode;
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("headline");
        QTest::newRow("not writable") << ErrorCode::NotWritable << "cannot write to the workspace";
        QTest::newRow("not ours") << ErrorCode::NotTesseraDatabase << "is not a Tessera workspace";
        QTest::newRow("newer") << ErrorCode::NewerSchema << "newer version of Tessera";
        QTest::newRow("locked") << ErrorCode::Locked << "already open in another Tessera window";
    }

    void workspaceErrorsInPlainWords()
    {
        QFETCH(tessera::domain::ErrorCode, code);
        QFETCH(QString, headline);
        const tessera::domain::Error error{code, QStringLiteral("the store's own words"), {}, 0, 0, {}};
        const QString text = tessera::ui::shell::WorkspaceErrorMessage::text(QStringLiteral("/some/where"), error);
        QVERIFY2(text.contains(headline), qPrintable(text));
        QVERIFY(text.contains(QDir::toNativeSeparators(QStringLiteral("/some/where"))));
        QVERIFY(text.contains(error.describe()));
    }

    void notATesseraFileIsExplained()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("tessera.db"));
        QFile junk(file);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("this is a shopping list, not a database\n");
        junk.close();
        tessera::testsupport::FakeClock clock;
        auto opened = tessera::store::Workspace::open(dir.path(), tessera::store::Workspace::Access::ReadWrite, clock);
        QVERIFY(!opened);
        const QString text = tessera::ui::shell::WorkspaceErrorMessage::text(dir.path(), opened.error());
        QVERIFY2(text.contains(QStringLiteral("is not a Tessera workspace")), qPrintable(text));
        QFile kept(file);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("this is a shopping list, not a database\n"));
    }
};

QTEST_MAIN(TestShell)
#include "TestShell.moc"
