// The editor's machine-translation slot as a translator sets it up: the provider chosen in Settings ▸
// Machine Translation Providers, with its saved endpoint and connection limits, fills the suggestions
// panel for the current segment (a fake LibreTranslate on loopback), Ctrl+N inserts it with its origin,
// and a failure is said in the status bar after as many tries as the user allowed, no more.
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "EditorFixture.h"
#include "FakeProviderServer.h"
#include "mt/ProviderSettingsStore.h"
#include "ui/editor/EditorPage.h"
#include "ui/editor/SegmentEditPane.h"
#include "ui/editor/SuggestionsPanel.h"
#include "ui/widgets/SegmentTextEdit.h"

using namespace tessera;
using ui::editor::EditorPage;

namespace {

const QString s_provider = QStringLiteral("libretranslate");
const QString s_renameKey = QStringLiteral("Cannot rename %s to %s");
const QString s_modeKey = QStringLiteral("%s: Cannot change mode to %s");

} // namespace

class TestEditorMt : public QObject, public testsupport::EditorFixture {
    Q_OBJECT

    QTemporaryDir m_settings;
    std::unique_ptr<test::FakeProviderServer> m_server;

    // The last numbered suggestion (TM matches come first, then the machine translation).
    int lastSuggestion() const { return m_page->suggestionsPanel()->suggestionCount(); }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(QStringLiteral("Tessera"));
        QCoreApplication::setApplicationName(QStringLiteral("tessera-editor-mt-test"));
    }

    void init()
    {
        QSettings().clear();
        m_server = std::make_unique<test::FakeProviderServer>(s_provider, QString());
        QVERIFY(m_server->start());
        mt::ProviderSettingsStore store;
        store.setActiveProvider(s_provider);
        store.save(mt::ProviderSettings{s_provider, m_server->url(), {}, {}, {}});
        mt::ResilienceSettings limits;
        limits.retry.maxAttempts = 1; // the user allows one try
        store.saveResilience(s_provider, limits);
        QVERIFY2(makeWorkspace(), qPrintable(m_ws->error()));
        m_documentId = importCatalog(QStringLiteral("tar-pl.po"), QStringLiteral("tar"), QStringLiteral("pl"));
        QVERIFY2(!m_documentId.isEmpty(), qPrintable(m_importError));
        QVERIFY(blank(s_renameKey));
        QVERIFY(openPage());
    }

    void cleanup()
    {
        closeAll();
        m_server.reset();
    }

    void theChosenProviderFillsTheSlotAndCtrlNInsertsIt()
    {
        QVERIFY(select(s_renameKey));
        // The fake translates by upper-casing the text around the masked placeables.
        QTRY_VERIFY(lastSuggestion() > 0 &&
                    m_page->suggestionsPanel()->suggestionOrigin(lastSuggestion()) == u"mt:libretranslate");
        QCOMPARE(m_page->suggestionsPanel()->suggestionText(lastSuggestion()),
                 QStringLiteral("CANNOT RENAME %s TO %s"));
        QVERIFY(m_server->requestCount() >= 1);
        field()->setFocus();
        const int number = lastSuggestion();
        QTest::keyClick(field(), Qt::Key(Qt::Key_0 + number), Qt::ControlModifier);
        QTRY_COMPARE(field()->toPlainText(), QStringLiteral("CANNOT RENAME %s TO %s"));
        QTRY_COMPARE(stored(s_renameKey).origin, QStringLiteral("mt:libretranslate"));
    }

    void aFailureIsSaidAfterTheTriesTheUserAllowed()
    {
        QSignalSpy status(m_page.get(), &EditorPage::statusMessage);
        m_server->inject(test::FakeFault::ServerError, 5);
        const int before = m_server->requestCount();
        QVERIFY(select(s_modeKey));
        QTRY_VERIFY(std::any_of(status.cbegin(), status.cend(), [](const QList<QVariant>& args) {
            return args.value(0).toString().startsWith(QStringLiteral("Machine translation failed"));
        }));
        QTest::qWait(1500); // the default limits would have retried within this time
        QCOMPARE(m_server->requestCount(), before + 1);
    }
};

QTEST_MAIN(TestEditorMt)
#include "TestEditorMt.moc"
