// ApertiumProtocol: form-encoded requests and APy's JSON replies.
#include "ApertiumProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "ApertiumLanguages.h"

namespace tessera::mt {

using domain::ErrorCode;
using domain::Result;

namespace {

domain::Error replyError(const QString& field, const QString& message)
{
    return domain::Error{ErrorCode::Network, message, {}, 0, 0, field};
}

QUrl endpointUrl(const ProviderSettings& settings, const QString& path)
{
    QUrl url = settings.endpoint.isEmpty() ? QUrl(ApertiumProtocol::defaultEndpoint()) : settings.endpoint;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

Result<QJsonObject> jsonObject(const HttpResponse& reply)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &error);
    if (error.error != QJsonParseError::NoError)
        return std::unexpected(replyError(
            QString(),
            QStringLiteral("the reply is not valid JSON at offset %1: %2").arg(error.offset).arg(error.errorString())));
    if (!doc.isObject())
        return std::unexpected(replyError(QString(), QStringLiteral("the reply is not a JSON object")));
    return doc.object();
}

} // namespace

ProviderLimits ApertiumProtocol::limits(const ProviderSettings&) const
{
    ProviderLimits limits;
    limits.maxSegments = 1;
    limits.maxChars = 10000;
    limits.maskStyle = MaskStyle::Brackets;
    return limits;
}

Result<HttpRequest> ApertiumProtocol::buildRequest(const MtBatch& batch, const ProviderSettings& settings) const
{
    if (batch.segments.size() != 1)
        return domain::fail(
            ErrorCode::Internal,
            QStringLiteral("Apertium translates one segment a request, not %1").arg(batch.segments.size()));
    const QString from = ApertiumLanguages::toApertium(batch.sourceLanguage);
    const QString to = ApertiumLanguages::toApertium(batch.targetLanguage);
    if (from.isEmpty() || to.isEmpty())
        return std::unexpected(
            domain::Error{ErrorCode::InvalidInput,
                          QStringLiteral("Apertium has no code for language \"%1\"")
                              .arg(from.isEmpty() ? batch.sourceLanguage : batch.targetLanguage),
                          {},
                          0,
                          0,
                          from.isEmpty() ? QStringLiteral("source language") : QStringLiteral("target language")});
    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = endpointUrl(settings, QStringLiteral("/translate"));
    request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
    request.body = "langpair=" + QString(from + QLatin1Char('|') + to).toUtf8().toPercentEncoding() +
                   "&markUnknown=no&q=" + batch.segments.constFirst().text.toUtf8().toPercentEncoding();
    return request;
}

Result<QStringList> ApertiumProtocol::parseResponse(const HttpResponse& reply, const MtBatch& batch) const
{
    auto object = jsonObject(reply);
    if (!object)
        return std::unexpected(object.error());
    const QJsonValue data = object->value(QLatin1String("responseData"));
    if (!data.isObject())
        return std::unexpected(replyError(QStringLiteral("responseData"), QStringLiteral("responseData is missing")));
    const QJsonValue text = data.toObject().value(QLatin1String("translatedText"));
    if (!text.isString())
        return std::unexpected(replyError(QStringLiteral("responseData.translatedText"),
                                          QStringLiteral("responseData.translatedText is missing or not a string")));
    if (batch.segments.size() != 1)
        return std::unexpected(
            replyError(QStringLiteral("responseData"),
                       QStringLiteral("one translation came back for %1 segments").arg(batch.segments.size())));
    return QStringList{text.toString()};
}

QString ApertiumProtocol::describeFailure(const HttpResponse& reply) const
{
    auto object = jsonObject(reply);
    if (object) {
        const QString explanation = object->value(QLatin1String("explanation")).toString();
        const QString message = object->value(QLatin1String("message")).toString();
        if (!explanation.isEmpty() || !message.isEmpty())
            return explanation.isEmpty() ? message : explanation;
    }
    return QStringLiteral("HTTP %1").arg(reply.status);
}

Result<HttpRequest> ApertiumProtocol::buildProbe(const ProviderSettings& settings) const
{
    HttpRequest request;
    request.method = QByteArrayLiteral("GET");
    request.url = endpointUrl(settings, QStringLiteral("/listPairs"));
    return request;
}

Result<QList<std::pair<QString, QString>>> ApertiumProtocol::parsePairs(const HttpResponse& reply)
{
    auto object = jsonObject(reply);
    if (!object)
        return std::unexpected(object.error());
    const QJsonValue data = object->value(QLatin1String("responseData"));
    if (!data.isArray())
        return std::unexpected(
            replyError(QStringLiteral("responseData"), QStringLiteral("responseData is not a list")));
    QList<std::pair<QString, QString>> pairs;
    for (const QJsonValue& entry : data.toArray()) {
        const QString from = entry.toObject().value(QLatin1String("sourceLanguage")).toString();
        const QString to = entry.toObject().value(QLatin1String("targetLanguage")).toString();
        if (from.isEmpty() || to.isEmpty())
            return std::unexpected(
                replyError(QStringLiteral("responseData.sourceLanguage"), QStringLiteral("a pair without languages")));
        pairs.append({ApertiumLanguages::toBcp47(from), ApertiumLanguages::toBcp47(to)});
    }
    return pairs;
}

} // namespace tessera::mt
