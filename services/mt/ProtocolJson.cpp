// ProtocolJson: the JSON and URL helpers every provider protocol shares (parse a reply, name a bad field).
#include "ProtocolJson.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace tessera::mt {

using domain::Error;
using domain::ErrorCode;

std::unexpected<Error> ProtocolJson::replyError(const QString& field, const QString& message)
{
    return std::unexpected(Error{ErrorCode::InvalidInput, message, QStringLiteral("reply"), 0, 0, field});
}

std::unexpected<Error> ProtocolJson::settingsError(const QString& field, const QString& message)
{
    return std::unexpected(Error{ErrorCode::InvalidInput, message, QStringLiteral("settings"), 0, 0, field});
}

domain::Result<QJsonValue> ProtocolJson::parseValue(const QByteArray& body)
{
    if (body.trimmed().isEmpty())
        return replyError(QStringLiteral("body"), QStringLiteral("the reply is empty"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        auto error =
            replyError(QStringLiteral("body"), QStringLiteral("the reply is not valid JSON (%1 at byte %2 of %3)")
                                                   .arg(parseError.errorString())
                                                   .arg(parseError.offset)
                                                   .arg(body.size()));
        error.error().column = parseError.offset + 1;
        error.error().line = 1;
        return error;
    }
    if (doc.isArray())
        return QJsonValue(doc.array());
    return QJsonValue(doc.object());
}

domain::Result<QJsonObject> ProtocolJson::parseObject(const QByteArray& body)
{
    auto value = parseValue(body);
    if (!value)
        return std::unexpected(value.error());
    if (!value->isObject())
        return replyError(QStringLiteral("body"), QStringLiteral("the reply is not a JSON object"));
    return value->toObject();
}

static QString joinPath(const QString& path, const QString& name)
{
    return path.isEmpty() ? name : path + QLatin1Char('.') + name;
}

domain::Result<QJsonArray> ProtocolJson::array(const QJsonObject& obj, const QString& name, const QString& path)
{
    const QJsonValue value = obj.value(name);
    if (value.isUndefined())
        return replyError(joinPath(path, name), QStringLiteral("missing from the reply"));
    if (!value.isArray())
        return replyError(joinPath(path, name), QStringLiteral("is not an array"));
    return value.toArray();
}

domain::Result<QString> ProtocolJson::string(const QJsonObject& obj, const QString& name, const QString& path)
{
    const QJsonValue value = obj.value(name);
    if (value.isUndefined())
        return replyError(joinPath(path, name), QStringLiteral("missing from the reply"));
    if (!value.isString())
        return replyError(joinPath(path, name), QStringLiteral("is not a string"));
    return value.toString();
}

domain::Result<QJsonObject> ProtocolJson::object(const QJsonObject& obj, const QString& name, const QString& path)
{
    const QJsonValue value = obj.value(name);
    if (value.isUndefined())
        return replyError(joinPath(path, name), QStringLiteral("missing from the reply"));
    if (!value.isObject())
        return replyError(joinPath(path, name), QStringLiteral("is not an object"));
    return value.toObject();
}

domain::Result<QStringList> ProtocolJson::strings(const QJsonArray& array, const QString& member, qsizetype expected,
                                                  const QString& path)
{
    if (array.size() != expected)
        return replyError(path,
                          QStringLiteral("holds %1 translations for %2 segments").arg(array.size()).arg(expected));
    QStringList out;
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
        const QJsonValue item = array.at(i);
        if (member.isEmpty()) {
            if (!item.isString())
                return replyError(itemPath, QStringLiteral("is not a string"));
            out.append(item.toString());
            continue;
        }
        if (!item.isObject())
            return replyError(itemPath, QStringLiteral("is not an object"));
        auto text = string(item.toObject(), member, itemPath);
        if (!text)
            return std::unexpected(text.error());
        out.append(*text);
    }
    return out;
}

QByteArray ProtocolJson::compact(const QJsonObject& obj)
{
    return QJsonDocument(obj).toJson(QJsonDocument::Compact);
}

QUrl ProtocolJson::join(const QUrl& base, const QString& path)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path));
    return url;
}

QJsonArray ProtocolJson::texts(const MtBatch& batch)
{
    QJsonArray out;
    for (const MtSegment& segment : batch.segments)
        out.append(segment.text);
    return out;
}

HttpHeaders ProtocolJson::jsonHeaders()
{
    return {{QByteArrayLiteral("content-type"), QByteArrayLiteral("application/json")},
            {QByteArrayLiteral("accept"), QByteArrayLiteral("application/json")}};
}

QString ProtocolJson::excerpt(const QByteArray& body)
{
    QString text = QString::fromUtf8(body.left(300)).simplified();
    if (body.size() > 300)
        text += QStringLiteral("…");
    return text;
}

QUrl ProtocolJson::endpoint(const ProviderSettings& settings, const QString& defaultUrl)
{
    return settings.endpoint.isEmpty() ? QUrl(defaultUrl) : settings.endpoint;
}

} // namespace tessera::mt
