// Starts the real desktop application (tessera) in a child process on the offscreen platform, on a
// workspace holding GNOME gdk-pixbuf's German catalog, has it type into a segment's translation key by
// key (TESSERA_TEST_EDIT), and ends it the hard way: SIGKILL once the pane shows "Saved", and SIGTERM
// straight after the last keystroke (before the pause that saves typing). Either way the text is in
// the workspace afterwards: nothing the user saw as saved is lost, and a polite kill saves the rest.
#include <csignal>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "CatalogFixture.h"
#include "TempWorkspace.h"
#include "TestData.h"
#include "domain/Project.h"
#include "formats/FilterRegistry.h"
#include "project/DocumentImporter.h"
#include "store/ProjectRepository.h"
#include "store/SegmentRepository.h"

using namespace tessera;
using domain::Segment;
using domain::SegmentState;

namespace {

const QString s_key = QStringLiteral("PNM file has an image height of 0");

} // namespace

class TestEditorDurability : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TempWorkspace> m_ws;
    QTemporaryDir m_home;
    QString m_documentId;

    Segment stored() const { return (*m_ws)->segments().findByKey(m_documentId, s_key).value_or(Segment()); }

    // Starts tessera on the workspace (closed here first: it takes the writer's lock) typing `text`.
    std::unique_ptr<QProcess> start(const QString& text)
    {
        m_ws->close();
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), m_home.path()); // its settings and logs go there
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_STATE_HOME"), m_home.filePath(QStringLiteral("state")));
        env.insert(QStringLiteral("TESSERA_TEST_EDIT"), QStringLiteral("%1|%2|%3").arg(m_documentId, s_key, text));
        process->setProcessEnvironment(env);
        process->setProcessChannelMode(QProcess::SeparateChannels);
        process->start(QStringLiteral(TESSERA_DESKTOP_BINARY), {QStringLiteral("--workspace"), m_ws->path()});
        return process;
    }

    // Reads the child's output until `line` (false if it ended or printed an error first).
    static bool waitFor(QProcess& process, const QByteArray& line)
    {
        QByteArray seen;
        while (!seen.contains(line)) {
            if (seen.contains("tessera-test: error"))
                return false;
            if (!process.waitForReadyRead(-1) && process.state() != QProcess::Running)
                return false;
            seen += process.readAllStandardOutput();
        }
        return true;
    }

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<testsupport::TempWorkspace>();
        QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
        const testsupport::ImportedCatalog imported = testsupport::importCatalog(
            **m_ws, QStringLiteral("gdk-pixbuf-de.po"), QStringLiteral("gdk-pixbuf"), QStringLiteral("de"));
        QVERIFY2(!imported.documentId.isEmpty(), qPrintable(imported.error));
        m_documentId = imported.documentId;
        // Untranslated, so what is typed is the whole translation.
        Segment s = stored();
        auto draft = (*m_ws)->segments().applyEdit({s.id, {}, SegmentState::Draft, s.rev, QStringLiteral("setup")});
        QVERIFY(draft);
        QVERIFY((*m_ws)->segments().applyEdit({s.id, {}, SegmentState::New, draft->rev, QStringLiteral("setup")}));
    }

    void cleanup() { m_ws.reset(); }

    void sigkillAfterSavedLosesNothing()
    {
        const QString text = QStringLiteral("PNM-Datei hat eine Bildhöhe von 0");
        auto process = start(text);
        QVERIFY2(process->waitForStarted(-1), qPrintable(process->errorString()));
        const bool saved = waitFor(*process, "tessera-test: saved");
        process->kill(); // SIGKILL: no handler, no flush, no destructor
        process->waitForFinished(-1);
        QVERIFY2(saved, process->readAllStandardError().right(2000).constData());
        QCOMPARE(process->exitStatus(), QProcess::CrashExit);
        QVERIFY2(m_ws->reopen(), qPrintable(m_ws->error()));
        QCOMPARE(stored().targets, QStringList{text});
        QCOMPARE(stored().state, SegmentState::Draft);
        QCOMPARE(stored().updatedBy.isEmpty(), false);
    }

    void sigtermRightAfterTypingSavesTheRest()
    {
        const QString text = QStringLiteral("Die PNM-Datei hat die Bildhöhe 0");
        auto process = start(text);
        QVERIFY2(process->waitForStarted(-1), qPrintable(process->errorString()));
        const bool typed = waitFor(*process, "tessera-test: typed");
        process->terminate(); // SIGTERM before the pause that saves typing has passed
        process->waitForFinished(-1);
        QVERIFY2(typed, process->readAllStandardError().right(2000).constData());
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        QCOMPARE(process->exitCode(), 0);
        QVERIFY2(m_ws->reopen(), qPrintable(m_ws->error()));
        QCOMPARE(stored().targets, QStringList{text});
    }
};

QTEST_GUILESS_MAIN(TestEditorDurability)
#include "TestEditorDurability.moc"
