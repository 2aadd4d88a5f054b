// TestKeychainKeyStore: KeychainKeyStore against a real Secret Service (gnome-keyring on a private D-Bus
// session, see tests/support/with-private-keyring.sh): a key is stored, read back, replaced and deleted per
// provider, and never written anywhere in plain text.
#include <QDirIterator>
#include <QTest>

#include "mt/KeychainKeyStore.h"

using namespace tessera;

namespace {

const QString s_keychainPlanted = QStringLiteral("sk-keychain-planted-6a0f3d");

// Every file under HOME (the wrapper's throw-away one) holding `needle` in plain text.
QStringList keychainFilesHolding(const QString& needle)
{
    QStringList hits;
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle.toUtf8()))
            hits.append(file.fileName());
    }
    return hits;
}

} // namespace

class TestKeychainKeyStore : public QObject {
    Q_OBJECT

    mt::KeychainKeyStore m_store;

    // Waits for the keychain's answer; the error's message when it refused.
    std::optional<QString> read(const QString& provider, QString* error = nullptr)
    {
        std::optional<domain::Result<QString>> answer;
        QObject context;
        m_store.readKey(provider, &context, [&](domain::Result<QString> r) { answer = std::move(r); });
        (void)QTest::qWaitFor([&] { return answer.has_value(); }, 20000); // no answer: checked below
        if (!answer || !*answer) {
            if (error)
                *error = answer ? answer->error().message : QStringLiteral("no answer from the keychain");
            return std::nullopt;
        }
        return **answer;
    }

    QString write(const QString& provider, const QString& key)
    {
        std::optional<domain::Result<void>> answer;
        QObject context;
        m_store.writeKey(provider, key, &context, [&](domain::Result<void> r) { answer = std::move(r); });
        (void)QTest::qWaitFor([&] { return answer.has_value(); }, 20000); // no answer: checked below
        if (!answer)
            return QStringLiteral("no answer from the keychain");
        return *answer ? QString() : answer->error().message;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/support/with-private-keyring.sh (ctest does)");
        QVERIFY2(QDir::homePath().contains(QStringLiteral("tessera-keyring")), "HOME must be the wrapper's");
    }

    void storeReadReplaceDelete()
    {
        QString error;
        QCOMPARE(read(QStringLiteral("deepl"), &error), std::optional<QString>(QString())); // nothing stored yet
        QCOMPARE(write(QStringLiteral("deepl"), s_keychainPlanted), QString());
        QCOMPARE(read(QStringLiteral("deepl"), &error), std::optional<QString>(s_keychainPlanted));
        QCOMPARE(read(QStringLiteral("openai")), std::optional<QString>(QString())); // per provider

        const QString replaced = s_keychainPlanted + QStringLiteral("-2");
        QCOMPARE(write(QStringLiteral("deepl"), replaced), QString());
        QCOMPARE(read(QStringLiteral("deepl")), std::optional<QString>(replaced));

        // The Secret Service keeps it encrypted: no file under HOME holds it in plain text.
        QCOMPARE(keychainFilesHolding(replaced), QStringList());

        QCOMPARE(write(QStringLiteral("deepl"), QString()), QString()); // an empty key deletes
        QCOMPARE(read(QStringLiteral("deepl")), std::optional<QString>(QString()));
        QCOMPARE(write(QStringLiteral("deepl"), QString()), QString()); // deleting nothing is fine
    }

    void anotherStoreSeesTheSameKeychain()
    {
        QCOMPARE(write(QStringLiteral("anthropic"), s_keychainPlanted), QString());
        mt::KeychainKeyStore other;
        std::optional<domain::Result<QString>> answer;
        QObject context;
        other.readKey(QStringLiteral("anthropic"), &context, [&](domain::Result<QString> r) { answer = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
        QVERIFY(*answer);
        QCOMPARE(**answer, s_keychainPlanted);
        QCOMPARE(write(QStringLiteral("anthropic"), QString()), QString());
    }
};

QTEST_GUILESS_MAIN(TestKeychainKeyStore)
#include "TestKeychainKeyStore.moc"
