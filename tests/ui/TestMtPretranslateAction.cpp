// TestMtPretranslateAction: Project ▸ Pretranslate with Machine Translation, offscreen over a real
// workspace with an imported PO file: the action queues a pretranslate job with the configured provider
// (the fake LibreTranslate on loopback), a real JobRunner runs it off the GUI thread, the Jobs panel lists
// it, and when it has finished the editor shows the drafts without being reopened. Without a provider
// chosen the action only says so.
#include <QAction>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

#include "FakeProviderServer.h"
#include "TempWorkspace.h"
#include "domain/Clock.h"
#include "domain/Project.h"
#include "formats/FilterRegistry.h"
#include "jobs/JobRunner.h"
#include "jobs/PretranslateJob.h"
#include "models/JobListModel.h"
#include "models/SegmentTableModel.h"
#include "mt/MtPretranslateHandler.h"
#include "mt/ProtocolRegistry.h"
#include "mt/ProviderProtocol.h"
#include "project/DocumentImporter.h"
#include "store/ProjectRepository.h"
#include "ui/editor/EditorPage.h"
#include "ui/jobs/JobsPanel.h"
#include "ui/jobs/MtPretranslateLauncher.h"
#include "ui/shell/MainWindow.h"

using namespace tessera;

namespace {

const QByteArray s_actionPo = R"(msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"

msgid "Open the folder"
msgstr ""

msgid "The file was saved."
msgstr ""

msgid "Copying %s to %s"
msgstr ""
)";

} // namespace

class TestMtPretranslateAction : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void actionQueuesAJobAndTheEditorShowsTheDrafts();
    void withoutAProviderItOnlySaysSo();

private:
    struct Opened {
        QString projectId;
        QString documentId;
    };
    Opened importDocument(store::Workspace& ws);
};

void TestMtPretranslateAction::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings under ~/.qttest, not the user's
}

TestMtPretranslateAction::Opened TestMtPretranslateAction::importDocument(store::Workspace& ws)
{
    domain::Project project;
    project.name = QStringLiteral("Action");
    project.sourceLanguage = QStringLiteral("en");
    project.targetLanguages = {QStringLiteral("de")};
    auto created = ws.projects().create(project);
    if (!created)
        return {};
    formats::FilterRegistry filters;
    project::DocumentImporter importer(ws, filters);
    auto imported = importer.import(created->id, QStringLiteral("ui.po"), s_actionPo);
    if (!imported || imported->documents.isEmpty())
        return {};
    return Opened{created->id, imported->documents.constFirst().id};
}

void TestMtPretranslateAction::actionQueuesAJobAndTheEditorShowsTheDrafts()
{
    testsupport::TempWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    const Opened opened = importDocument(*ws);
    QVERIFY(!opened.documentId.isEmpty());
    test::FakeProviderServer server(QStringLiteral("libretranslate"), QString());
    QVERIFY(server.start());
    QSettings().setValue(QStringLiteral("mt/provider"), QStringLiteral("libretranslate"));
    // The editor's own MT suggestions use the same provider: keep them on loopback too.
    QSettings().setValue(QStringLiteral("mt/libretranslate/endpoint"), server.url().toString());

    domain::SystemClock clock;
    jobs::JobRunner runner(*ws, clock);
    auto handler = std::make_shared<jobs::PretranslateJob>();
    const QUrl url = server.url();
    handler->setMtHandler(std::make_shared<mt::MtPretranslateHandler>(
        [url](const QString& id) -> domain::Result<mt::MtPretranslateHandler::Provider> {
            return mt::MtPretranslateHandler::Provider{
                mt::ProtocolRegistry::create(id), mt::ProviderSettings{id, url, {}, {}, {}}, {}};
        }));
    runner.addHandler(handler);
    runner.start();

    ui::shell::MainWindow window(*ws, QStringLiteral("tester"));
    connect(window.mtPretranslate(), &ui::jobs::MtPretranslateLauncher::queued, this, [&] { runner.wake(); });
    window.show();
    window.editor()->setProject(opened.projectId);
    QVERIFY(window.editor()->openDocument(opened.documentId));
    auto* model = window.editor()->segments();
    QTRY_COMPARE(model->rowCount(), 3);
    const auto target = [&](int row) {
        return model->index(row, models::SegmentTableModel::TargetColumn).data().toString();
    };
    QCOMPARE(target(0), QString());

    QSignalSpy finished(window.mtPretranslate(), &ui::jobs::MtPretranslateLauncher::finished);
    auto* action = window.findChild<QAction*>(QStringLiteral("mtPretranslate"));
    QVERIFY(action);
    action->trigger();
    QVERIFY(window.jobsPanel()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(finished.first().at(1).toBool(), true);
    // The editor reloaded: the drafts are there (the fake's translation is the source in capitals).
    QTRY_COMPARE(target(0), QStringLiteral("OPEN THE FOLDER"));
    QTRY_COMPARE(target(1), QStringLiteral("THE FILE WAS SAVED."));
    QTRY_COMPARE(window.jobsPanel()->model()->rowCount(), 1);
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("3 draft")));
    runner.stop();
    QSettings().remove(QStringLiteral("mt"));
}

void TestMtPretranslateAction::withoutAProviderItOnlySaysSo()
{
    testsupport::TempWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    const Opened opened = importDocument(*ws);
    QSettings().remove(QStringLiteral("mt/provider"));
    ui::shell::MainWindow window(*ws, QStringLiteral("tester"));
    window.show();
    window.editor()->setProject(opened.projectId);
    QVERIFY(window.editor()->openDocument(opened.documentId));
    QSignalSpy queued(window.mtPretranslate(), &ui::jobs::MtPretranslateLauncher::queued);
    window.findChild<QAction*>(QStringLiteral("mtPretranslate"))->trigger();
    QCOMPARE(queued.size(), 0);
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("provider")),
             qPrintable(window.statusBar()->currentMessage()));
}

QTEST_MAIN(TestMtPretranslateAction)
#include "TestMtPretranslateAction.moc"
