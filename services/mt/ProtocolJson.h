// ProtocolJson: the JSON and URL helpers every provider protocol shares (parse a reply, name a bad field).
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include "MtTypes.h"
#include "domain/Result.h"

namespace tessera::mt {

class ProtocolJson {
public:
    // An Error about the reply: `field` is the JSON path that is wrong ("translations[2].text").
    static std::unexpected<domain::Error> replyError(const QString& field, const QString& message);
    // An Error about the settings: `field` names the setting ("model", "extra.project").
    static std::unexpected<domain::Error> settingsError(const QString& field, const QString& message);

    // The body as a JSON object, or an Error naming "body" (empty, truncated, malformed, not an object).
    static domain::Result<QJsonObject> parseObject(const QByteArray& body);
    // The body as any JSON document, or an Error naming "body".
    static domain::Result<QJsonValue> parseValue(const QByteArray& body);

    // obj[name] as an array / string / object, or an Error naming path + name.
    static domain::Result<QJsonArray> array(const QJsonObject& obj, const QString& name, const QString& path);
    static domain::Result<QString> string(const QJsonObject& obj, const QString& name, const QString& path);
    static domain::Result<QJsonObject> object(const QJsonObject& obj, const QString& name, const QString& path);

    // The strings of `array`, each being a string or an object holding `member`; exactly `expected` of
    // them, or an Error naming the field and the counts.
    static domain::Result<QStringList> strings(const QJsonArray& array, const QString& member, qsizetype expected,
                                               const QString& path);

    static QByteArray compact(const QJsonObject& obj);
    // `base` with `path` appended to its path (one slash between them), query kept.
    static QUrl join(const QUrl& base, const QString& path);
    // The settings' endpoint, or `defaultUrl` when none is set.
    static QUrl endpoint(const ProviderSettings& settings, const QString& defaultUrl);
    static QJsonArray texts(const MtBatch& batch);
    static HttpHeaders jsonHeaders();
    // A short, single-line excerpt of a body for messages (never the request: it may hold a key).
    static QString excerpt(const QByteArray& body);
};

} // namespace tessera::mt
