// KeyStore: where MT providers' API keys live (the OS keychain in the app, memory in tests); asynchronous,
// one key per provider id, never written to the database, settings or logs.
#pragma once

#include <functional>

#include <QObject>
#include <QString>

#include "domain/Result.h"

namespace tessera::mt {

class KeyStore : public QObject {
    Q_OBJECT

public:
    // An empty string: no key is stored for that provider.
    using ReadDone = std::function<void(domain::Result<QString>)>;
    using WriteDone = std::function<void(domain::Result<void>)>;

    using QObject::QObject;
    ~KeyStore() override = default;

    // `done` runs later on the caller's thread, and not at all once `context` is destroyed.
    virtual void readKey(const QString& providerId, QObject* context, ReadDone done) = 0;
    // An empty `key` removes the stored one.
    virtual void writeKey(const QString& providerId, const QString& key, QObject* context, WriteDone done) = 0;

    // The keychain service the keys are filed under.
    static QString serviceName() { return QStringLiteral("Tessera"); }
};

} // namespace tessera::mt
