// FakeProviderResponder: answers one request the way a given MT provider documents it (or with an injected
// fault), after checking method, path, auth header and JSON shape.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "FakeProviderTypes.h"

namespace tessera::test {

class FakeProviderResponder {
public:
    // `protocolId` as in ProviderSettings::id; an empty `key` accepts requests without any key.
    FakeProviderResponder(QString protocolId, QString key);

    // The reply for `request` given the scripted `fault`; fills request.problem when the request does not
    // match the provider's documented shape (the reply is then the provider's 400).
    FakeReply respond(FakeRequest& request, FakeFault fault) const;

    // The fake "translation": upper case, masked tokens (<x id="1"/>, [[1]]) kept as they are.
    static QString translate(const QString& text);

private:
    struct Parsed {
        QStringList texts;
        bool probe = false;
        bool glossary = false;
    };
    // The texts to translate, or a problem (wrong path, method, auth, shape) in `problem`.
    Parsed parse(const FakeRequest& request, QString& problem, bool& authFailed) const;
    Parsed parseLibre(const FakeRequest& request, const QJsonObject& body, QString& problem, bool& authFailed) const;
    Parsed parseDeepL(const FakeRequest& request, const QJsonObject& body, QString& problem, bool& authFailed) const;
    Parsed parseGoogleV2(const FakeRequest& request, const QJsonObject& body, QString& problem, bool& authFailed) const;
    Parsed parseGoogleV3(const FakeRequest& request, const QJsonObject& body, QString& problem, bool& authFailed) const;
    Parsed parseOpenAi(const FakeRequest& request, const QJsonObject& body, QString& problem, bool& authFailed) const;
    Parsed parseAnthropic(const FakeRequest& request, const QJsonObject& body, QString& problem,
                          bool& authFailed) const;

    QByteArray successBody(const Parsed& parsed, QStringList translations) const;
    QByteArray probeBody() const;
    FakeReply errorReply(int status, const QString& message) const;

    QString m_protocol;
    QString m_key;
};

} // namespace tessera::test
