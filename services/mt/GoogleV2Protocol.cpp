// GoogleV2Protocol: Cloud Translation Basic (v2) POST /language/translate/v2 with q as an array.
#include "GoogleV2Protocol.h"

#include "LanguageTags.h"
#include "ProtocolJson.h"

namespace tessera::mt {

QString GoogleV2Protocol::id() const
{
    return QStringLiteral("google-v2");
}

QString GoogleV2Protocol::displayName() const
{
    return QStringLiteral("Google Cloud Translation (Basic, v2)");
}

bool GoogleV2Protocol::needsApiKey() const
{
    return true;
}

QUrl GoogleV2Protocol::defaultEndpoint()
{
    return QUrl(QStringLiteral("https://translation.googleapis.com"));
}

ProviderLimits GoogleV2Protocol::limits(const ProviderSettings&) const
{
    ProviderLimits limits;
    limits.maxSegments = 128; // "text segments cannot exceed 128"
    limits.maxChars = 5000;   // Google recommends at most 5,000 characters per request for v2
    limits.acceptsGlossary = false;
    limits.maskStyle = MaskStyle::XmlTags; // format html: tags are kept, text between them translated
    return limits;
}

domain::Result<HttpRequest> GoogleV2Protocol::buildRequest(const MtBatch& batch, const ProviderSettings& settings) const
{
    if (settings.apiKey.isEmpty())
        return ProtocolJson::settingsError(QStringLiteral("apiKey"), QStringLiteral("Google v2 needs an API key"));
    QJsonObject body{{QStringLiteral("q"), ProtocolJson::texts(batch)},
                     {QStringLiteral("target"), LanguageTags::google(batch.targetLanguage)},
                     {QStringLiteral("format"), QStringLiteral("html")}};
    if (!batch.sourceLanguage.isEmpty())
        body.insert(QStringLiteral("source"), LanguageTags::google(batch.sourceLanguage));
    if (!settings.model.isEmpty())
        body.insert(QStringLiteral("model"), settings.model); // "nmt" or "base"
    HttpRequest request;
    request.url = ProtocolJson::join(settings.endpoint.isEmpty() ? defaultEndpoint() : settings.endpoint,
                                     QStringLiteral("/language/translate/v2"));
    request.headers = ProtocolJson::jsonHeaders();
    request.headers.append({QByteArrayLiteral("x-goog-api-key"), settings.apiKey.toUtf8()});
    request.body = ProtocolJson::compact(body);
    return request;
}

domain::Result<QStringList> GoogleV2Protocol::parseResponse(const HttpResponse& reply, const MtBatch& batch) const
{
    // {"data":{"translations":[{"translatedText":"Hallo","detectedSourceLanguage":"en"}]}}
    auto root = ProtocolJson::parseObject(reply.body);
    if (!root)
        return std::unexpected(root.error());
    auto data = ProtocolJson::object(*root, QStringLiteral("data"), {});
    if (!data)
        return std::unexpected(data.error());
    auto translations = ProtocolJson::array(*data, QStringLiteral("translations"), QStringLiteral("data"));
    if (!translations)
        return std::unexpected(translations.error());
    return ProtocolJson::strings(*translations, QStringLiteral("translatedText"), batch.segments.size(),
                                 QStringLiteral("data.translations"));
}

QString GoogleV2Protocol::googleError(const QString& provider, const HttpResponse& reply)
{
    const auto root = ProtocolJson::parseObject(reply.body);
    if (root && root->value(QStringLiteral("error")).isObject()) {
        const QJsonObject error = root->value(QStringLiteral("error")).toObject();
        QString message = error.value(QStringLiteral("message")).toString();
        const QString status = error.value(QStringLiteral("status")).toString();
        if (!status.isEmpty())
            message += QStringLiteral(" [%1]").arg(status);
        return QStringLiteral("%1: %2 (HTTP %3)").arg(provider, message).arg(reply.status);
    }
    return QStringLiteral("%1: HTTP %2 %3").arg(provider).arg(reply.status).arg(ProtocolJson::excerpt(reply.body));
}

QString GoogleV2Protocol::describeFailure(const HttpResponse& reply) const
{
    return googleError(QStringLiteral("Google Translate"), reply);
}

domain::Result<HttpRequest> GoogleV2Protocol::buildProbe(const ProviderSettings& settings) const
{
    if (settings.apiKey.isEmpty())
        return ProtocolJson::settingsError(QStringLiteral("apiKey"), QStringLiteral("Google v2 needs an API key"));
    HttpRequest request;
    request.method = QByteArrayLiteral("GET");
    request.url = ProtocolJson::join(settings.endpoint.isEmpty() ? defaultEndpoint() : settings.endpoint,
                                     QStringLiteral("/language/translate/v2/languages"));
    request.headers = {{QByteArrayLiteral("accept"), QByteArrayLiteral("application/json")},
                       {QByteArrayLiteral("x-goog-api-key"), settings.apiKey.toUtf8()}};
    return request;
}

} // namespace tessera::mt
