// TestKeyStore: API keys stored per provider, answered asynchronously, and never found in settings files or logs.
#include <QDirIterator>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include "mt/KeychainKeyStore.h"
#include "mt/MemoryKeyStore.h"

using namespace tessera::mt;

namespace {

const QString s_planted = QStringLiteral("sk-planted-2c9e51d07b");
QStringList s_log;

void captureLog(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    s_log.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message);
}

// Every file under the test-mode config and data folders that holds `needle`.
QStringList filesHolding(const QString& needle)
{
    QStringList hits;
    for (const auto location : {QStandardPaths::GenericConfigLocation, QStandardPaths::AppConfigLocation,
                                QStandardPaths::AppDataLocation, QStandardPaths::GenericDataLocation}) {
        QDirIterator it(QStandardPaths::writableLocation(location), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle.toUtf8()))
                hits.append(file.fileName());
        }
    }
    return hits;
}

} // namespace

class TestKeyStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TesseraTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestKeyStore"));
        QLoggingCategory::setFilterRules(QStringLiteral("tessera.*=true"));
        qInstallMessageHandler(captureLog);
    }

    void memoryStorePerProvider()
    {
        MemoryKeyStore store;
        QObject context;
        bool written = false;
        store.writeKey(QStringLiteral("deepl"), s_planted, &context,
                       [&](tessera::domain::Result<void> r) { written = bool(r); });
        QVERIFY(!written); // asynchronous, like the keychain
        QTRY_VERIFY(written);

        std::optional<QString> deepl;
        std::optional<QString> google;
        store.readKey(QStringLiteral("deepl"), &context,
                      [&](tessera::domain::Result<QString> r) { deepl = r.value_or(QString()); });
        store.readKey(QStringLiteral("google-v2"), &context,
                      [&](tessera::domain::Result<QString> r) { google = r.value_or(QStringLiteral("x")); });
        QTRY_VERIFY(deepl && google);
        QCOMPARE(*deepl, s_planted);
        QCOMPARE(*google, QString()); // nothing stored: empty, not an error

        bool removed = false;
        store.writeKey(QStringLiteral("deepl"), QString(), &context,
                       [&](tessera::domain::Result<void> r) { removed = bool(r); });
        QTRY_VERIFY(removed);
        QCOMPARE(store.storedKey(QStringLiteral("deepl")), QString());
    }

    void memoryStoreFailureAndGoneContext()
    {
        MemoryKeyStore store;
        QObject context;
        store.failNext(QStringLiteral("keychain locked"));
        std::optional<tessera::domain::Error> error;
        store.readKey(QStringLiteral("deepl"), &context, [&](tessera::domain::Result<QString> r) {
            if (!r)
                error = r.error();
        });
        QTRY_VERIFY(error);
        QCOMPARE(error->message, QStringLiteral("keychain locked"));

        bool called = false;
        auto* gone = new QObject;
        store.readKey(QStringLiteral("deepl"), gone, [&](tessera::domain::Result<QString>) { called = true; });
        delete gone;
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QVERIFY(!called); // a dialog closed meanwhile gets no callback
    }

    void keychainNeverFallsBackToAFile()
    {
        // Whether or not this machine has a secret service, the key must end up in it or nowhere.
        KeychainKeyStore store;
        QObject context;
        std::optional<bool> ok;
        QString message;
        store.writeKey(QStringLiteral("anthropic"), s_planted, &context, [&](tessera::domain::Result<void> r) {
            ok = bool(r);
            if (!r)
                message = r.error().message;
        });
        QTRY_VERIFY_WITH_TIMEOUT(ok.has_value(), 60000);
        if (!*ok)
            QVERIFY2(message.contains(QStringLiteral("anthropic")), qPrintable(message));
        QSettings().sync();
        QCOMPARE(filesHolding(s_planted), QStringList());
        if (*ok) { // clean up a real keychain
            std::optional<bool> removed;
            store.writeKey(QStringLiteral("anthropic"), QString(), &context,
                           [&](tessera::domain::Result<void> r) { removed = bool(r); });
            QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 60000);
        }
    }

    void keysNeverLogged()
    {
        QVERIFY(!s_log.isEmpty()); // the stores did log what they did...
        for (const QString& line : std::as_const(s_log))
            QVERIFY2(!line.contains(s_planted), qPrintable(line)); // ...but never the key
    }
};

QTEST_GUILESS_MAIN(TestKeyStore)
#include "TestKeyStore.moc"
