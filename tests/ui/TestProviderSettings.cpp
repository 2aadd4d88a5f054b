// TestProviderSettings: the MT provider settings page offscreen: Test connection against the fake provider
// through the engine's transport (success, the provider's 401/403 message, a port nobody listens on), saving
// with the key in the KeyStore and nowhere else.
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "FakeProviderServer.h"
#include "mt/CurlTransport.h"
#include "mt/MemoryKeyStore.h"
#include "mt/ProtocolRegistry.h"
#include "mt/ProviderSettingsStore.h"
#include "ui/settings/ProviderForm.h"
#include "ui/settings/ProviderSettingsPage.h"

using namespace tessera;
using tessera::test::FakeProviderServer;
using tessera::ui::settings::ProviderForm;
using tessera::ui::settings::ProviderSettingsPage;

namespace {

const QString s_planted = QStringLiteral("planted-0d5be2f9c1a7");
QStringList s_log;
QtMessageHandler s_previous = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    s_log.append(message);
    if (s_previous)
        s_previous(type, context, message);
}

} // namespace

class TestProviderSettings : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    mt::ProtocolRegistry m_registry = mt::ProtocolRegistry::withAllProtocols();
    mt::CurlTransport m_transport;

    static void type(ProviderForm* form, const char* name, const QString& text)
    {
        auto* edit = form->findChild<QLineEdit*>(QString::fromLatin1(name));
        QVERIFY2(edit, name);
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    static void click(ProviderForm* form, const char* name)
    {
        auto* button = form->findChild<QPushButton*>(QString::fromLatin1(name));
        QVERIFY2(button, name);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    static QString status(ProviderForm* form) { return form->findChild<QLabel*>(QStringLiteral("status"))->text(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(QStringLiteral("tessera.*=true\nqt.network.*=true"));
        s_previous = qInstallMessageHandler(captureLog);
    }

    void successAndWrongKey_data() { FakeProviderServer::addWrongKeyRows(); }

    void successAndWrongKey()
    {
        QFETCH(QString, id);
        QFETCH(QString, refusal);
        FakeProviderServer server(id, s_planted);
        QVERIFY(server.start());
        mt::MemoryKeyStore keys;
        mt::ProviderSettingsStore store(m_dir.filePath(QStringLiteral("success.ini")));
        ProviderSettingsPage page(m_registry, keys, store, m_transport);
        page.show();
        page.showProvider(id);
        ProviderForm* form = page.currentForm();
        QCOMPARE(form->protocol().id(), id);
        QVERIFY(form->isVisible());

        type(form, "endpoint", server.url().toString());
        if (id == u"google-v3")
            type(form, "extra.project", QStringLiteral("tessera-test"));
        type(form, "apiKey", s_planted);
        click(form, "testConnection");
        QTRY_VERIFY(status(form).startsWith(QStringLiteral("Connected")));
        QCOMPARE(server.requests().last().problem, QString());

        type(form, "apiKey", QStringLiteral("not-the-key"));
        click(form, "testConnection");
        QTRY_COMPARE(status(form), refusal);
    }

    void savedKeyGoesToTheKeyStoreOnly()
    {
        FakeProviderServer server(QStringLiteral("deepl"), s_planted);
        QVERIFY(server.start());
        mt::MemoryKeyStore keys;
        const QString ini = m_dir.filePath(QStringLiteral("saved.ini"));
        mt::ProviderSettingsStore store(ini);
        {
            ProviderSettingsPage page(m_registry, keys, store, m_transport);
            page.show();
            page.showProvider(QStringLiteral("deepl"));
            ProviderForm* form = page.currentForm();
            type(form, "endpoint", server.url().toString());
            type(form, "extra.glossaryId", QStringLiteral("gl-42"));
            form->findChild<QComboBox*>(QStringLiteral("extra.formality"))->setCurrentText(QStringLiteral("less"));
            type(form, "apiKey", s_planted);
            click(form, "save");
            QTRY_VERIFY(status(form).startsWith(QStringLiteral("Saved")));
            QCOMPARE(keys.storedKey(QStringLiteral("deepl")), s_planted);
            QCOMPARE(form->findChild<QLineEdit*>(QStringLiteral("apiKey"))->text(), QString()); // not left on screen
        }

        // A new page shows the saved settings, and Test connection uses the stored key.
        ProviderSettingsPage page(m_registry, keys, store, m_transport);
        page.show();
        page.showProvider(QStringLiteral("deepl"));
        ProviderForm* form = page.currentForm();
        QCOMPARE(form->findChild<QLineEdit*>(QStringLiteral("endpoint"))->text(), server.url().toString());
        QCOMPARE(form->findChild<QComboBox*>(QStringLiteral("extra.formality"))->currentText(), QStringLiteral("less"));
        QTRY_VERIFY(form->findChild<QLineEdit*>(QStringLiteral("apiKey"))
                        ->placeholderText()
                        .contains(QStringLiteral("keychain")));
        click(form, "testConnection");
        QTRY_VERIFY(status(form).startsWith(QStringLiteral("Connected")));
        QCOMPARE(server.requests().last().header("authorization"), "DeepL-Auth-Key " + s_planted.toUtf8());

        // The settings file holds the endpoint and glossary, never the key.
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.contains("gl-42"));
        QVERIFY(!saved.contains(s_planted.toUtf8()));
    }

    // The connection limits a user sets are saved per provider, shown again, and a value outside the
    // allowed range in the settings file is brought into it; the chosen provider is what the editor and
    // MT pretranslation use.
    void limitsAndTheProviderInUseAreSaved()
    {
        mt::MemoryKeyStore keys;
        const QString ini = m_dir.filePath(QStringLiteral("limits.ini"));
        mt::ProviderSettingsStore store(ini);
        {
            ProviderSettingsPage page(m_registry, keys, store, m_transport);
            page.show();
            auto* active = page.findChild<QComboBox*>(QStringLiteral("activeProvider"));
            QVERIFY(active);
            QCOMPARE(active->currentData().toString(), QString()); // none until chosen
            active->setCurrentIndex(active->findData(QStringLiteral("deepl")));
            page.showProvider(QStringLiteral("deepl"));
            ProviderForm* form = page.currentForm();
            form->findChild<QDoubleSpinBox*>(QStringLiteral("requestsPerSecond"))->setValue(5);
            form->findChild<QDoubleSpinBox*>(QStringLiteral("totalTimeout"))->setValue(2.5);
            form->findChild<QSpinBox*>(QStringLiteral("failureThreshold"))->setValue(3);
            form->findChild<QDoubleSpinBox*>(QStringLiteral("openDuration"))->setValue(90);
            click(form, "save");
            QTRY_VERIFY(status(form).startsWith(QStringLiteral("Saved")));
        }
        QCOMPARE(store.activeProvider(), QStringLiteral("deepl"));
        const mt::ResilienceSettings saved = store.loadResilience(QStringLiteral("deepl"));
        QCOMPARE(saved.rateLimit.requestsPerSecond, 5.0);
        QCOMPARE(saved.totalTimeoutMs, 2500);
        QCOMPARE(saved.breaker.failureThreshold, 3);
        QCOMPARE(saved.breaker.openDurationMs, 90000);
        QCOMPARE(saved.connectTimeoutMs, mt::ResilienceSettings{}.connectTimeoutMs);
        // Another provider keeps the defaults; saving the endpoint again keeps the limits.
        QCOMPARE(store.loadResilience(QStringLiteral("openai")).totalTimeoutMs,
                 mt::ResilienceSettings{}.totalTimeoutMs);
        mt::ProviderSettings endpoint = store.load(QStringLiteral("deepl"));
        endpoint.endpoint = QUrl(QStringLiteral("http://127.0.0.1:9/"));
        store.save(endpoint);
        QCOMPARE(store.loadResilience(QStringLiteral("deepl")).totalTimeoutMs, 2500);
        {
            ProviderSettingsPage page(m_registry, keys, store, m_transport);
            QCOMPARE(page.findChild<QComboBox*>(QStringLiteral("activeProvider"))->currentData().toString(),
                     QStringLiteral("deepl"));
            page.showProvider(QStringLiteral("deepl"));
            QCOMPARE(page.currentForm()->findChild<QDoubleSpinBox*>(QStringLiteral("requestsPerSecond"))->value(), 5.0);
        }
        // A hand-edited file with a negative timeout gets the smallest allowed one, not a broken client.
        {
            QSettings file(ini, QSettings::IniFormat);
            file.setValue(QStringLiteral("mt/providers/deepl/resilience/totalTimeoutMs"), -5);
        }
        QCOMPARE(store.loadResilience(QStringLiteral("deepl")).totalTimeoutMs, 100);
    }

    void unreachablePortSaysNoAnswer()
    {
        // A port that was just free and is closed again: nobody listens there.
        FakeProviderServer gone(QStringLiteral("deepl"), s_planted);
        QVERIFY(gone.start());
        const QUrl url = gone.url();
        gone.stop();
        mt::MemoryKeyStore keys;
        mt::ProviderSettingsStore store(m_dir.filePath(QStringLiteral("unreachable.ini")));
        ProviderSettingsPage page(m_registry, keys, store, m_transport);
        page.show();
        page.showProvider(QStringLiteral("deepl"));
        ProviderForm* form = page.currentForm();
        type(form, "endpoint", url.toString());
        type(form, "apiKey", s_planted);
        click(form, "testConnection");
        QTRY_VERIFY(status(form).startsWith(QStringLiteral("No answer: ")));
        QVERIFY2(status(form).contains(QStringLiteral("onnect")), qPrintable(status(form)));
        QVERIFY(form->findChild<QPushButton*>(QStringLiteral("testConnection"))->isEnabled());
    }

    void keyStoreFailureShown()
    {
        mt::MemoryKeyStore keys;
        mt::ProviderSettingsStore store(m_dir.filePath(QStringLiteral("fail.ini")));
        ProviderSettingsPage page(m_registry, keys, store, m_transport);
        page.show();
        page.showProvider(QStringLiteral("anthropic"));
        ProviderForm* form = page.currentForm();
        type(form, "apiKey", s_planted);
        keys.failNext(QStringLiteral("the keychain is locked"));
        click(form, "save");
        QTRY_VERIFY(status(form).contains(QStringLiteral("the keychain is locked")));
        QCOMPARE(keys.storedKey(QStringLiteral("anthropic")), QString());
    }

    void missingKeyNamed()
    {
        mt::MemoryKeyStore keys;
        mt::ProviderSettingsStore store(m_dir.filePath(QStringLiteral("missing.ini")));
        ProviderSettingsPage page(m_registry, keys, store, m_transport);
        page.show();
        page.showProvider(QStringLiteral("deepl"));
        click(page.currentForm(), "testConnection");
        QTRY_COMPARE(status(page.currentForm()), QStringLiteral("Cannot test: DeepL needs an API key"));
    }

    void keyNeverLogged()
    {
        for (const QString& line : std::as_const(s_log))
            QVERIFY2(!line.contains(s_planted), qPrintable(line));
    }
};

QTEST_MAIN(TestProviderSettings)
#include "TestProviderSettings.moc"
