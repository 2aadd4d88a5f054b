// KeychainKeyStore: API keys in the OS keychain through QtKeychain (service "Tessera", key = provider id),
// never falling back to a plain-text file.
#include "KeychainKeyStore.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include "KeyStoreLog.h"

namespace tessera::mt {

namespace {

domain::Error keychainError(const QKeychain::Job& job, const QString& providerId)
{
    return domain::Error{
        domain::ErrorCode::Io,
        QStringLiteral("the system keychain refused the API key of %1: %2").arg(providerId, job.errorString()),
        {},
        0,
        0,
        providerId};
}

template <typename JobType> JobType* makeJob(KeyStore* owner, const QString& providerId)
{
    auto* job = new JobType(KeyStore::serviceName(), owner);
    job->setAutoDelete(true);
    job->setKey(providerId);
    job->setInsecureFallback(false); // QtKeychain's fallback would write the key into a settings file
    return job;
}

} // namespace

void KeychainKeyStore::readKey(const QString& providerId, QObject* context, ReadDone done)
{
    auto* job = makeJob<QKeychain::ReadPasswordJob>(this, providerId);
    connect(job, &QKeychain::Job::finished, context, [job, providerId, done = std::move(done)] {
        if (job->error() == QKeychain::EntryNotFound) {
            done(QString());
        } else if (job->error() != QKeychain::NoError) {
            qCWarning(lcMtKeys) << "reading the API key of" << providerId << "failed:" << job->errorString();
            done(std::unexpected(keychainError(*job, providerId)));
        } else {
            done(job->textData());
        }
    });
    job->start();
}

void KeychainKeyStore::writeKey(const QString& providerId, const QString& key, QObject* context, WriteDone done)
{
    QKeychain::Job* job = nullptr;
    if (key.isEmpty()) {
        job = makeJob<QKeychain::DeletePasswordJob>(this, providerId);
    } else {
        auto* write = makeJob<QKeychain::WritePasswordJob>(this, providerId);
        write->setTextData(key);
        job = write;
    }
    connect(job, &QKeychain::Job::finished, context,
            [job, providerId, removing = key.isEmpty(), done = std::move(done)] {
                if (job->error() != QKeychain::NoError && !(removing && job->error() == QKeychain::EntryNotFound)) {
                    qCWarning(lcMtKeys) << "storing the API key of" << providerId << "failed:" << job->errorString();
                    done(std::unexpected(keychainError(*job, providerId)));
                    return;
                }
                qCInfo(lcMtKeys) << (removing ? "removed" : "stored") << "the API key of" << providerId
                                 << "in the keychain";
                done({});
            });
    job->start();
}

std::optional<domain::Result<QString>> KeychainKeyStore::readKeyWaiting(const QString& providerId, int waitMs)
{
    KeychainKeyStore keys;
    QEventLoop loop;
    std::optional<domain::Result<QString>> read;
    keys.readKey(providerId, &loop, [&](domain::Result<QString> key) {
        read = std::move(key);
        loop.quit();
    });
    QTimer::singleShot(waitMs, &loop, &QEventLoop::quit);
    if (!read)
        loop.exec();
    return read;
}

} // namespace tessera::mt
