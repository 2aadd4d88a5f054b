// DeepLProtocol: DeepL API v2 /translate (text array, tag_handling xml) and the /v2/usage probe.
#include "DeepLProtocol.h"

#include "LanguageTags.h"
#include "ProtocolJson.h"

namespace tessera::mt {

namespace {

HttpHeaders authHeaders(const ProviderSettings& settings)
{
    HttpHeaders headers = ProtocolJson::jsonHeaders();
    headers.append({QByteArrayLiteral("authorization"), "DeepL-Auth-Key " + settings.apiKey.toUtf8()});
    return headers;
}

} // namespace

QString DeepLProtocol::id() const
{
    return QStringLiteral("deepl");
}

QString DeepLProtocol::displayName() const
{
    return QStringLiteral("DeepL API");
}

bool DeepLProtocol::needsApiKey() const
{
    return true;
}

QUrl DeepLProtocol::endpointFor(const ProviderSettings& settings)
{
    if (!settings.endpoint.isEmpty())
        return settings.endpoint;
    return QUrl(settings.apiKey.endsWith(QStringLiteral(":fx")) ? QStringLiteral("https://api-free.deepl.com")
                                                                : QStringLiteral("https://api.deepl.com"));
}

ProviderLimits DeepLProtocol::limits(const ProviderSettings& settings) const
{
    ProviderLimits limits;
    limits.maxSegments = 50; // texts per request
    // The request body may not exceed 128 KiB; 30,000 characters leave room for UTF-8 and JSON escaping.
    limits.maxChars = 30000;
    limits.acceptsGlossary = !settings.extra.value(QStringLiteral("glossaryId")).toString().isEmpty();
    limits.maskStyle = MaskStyle::XmlTags; // tag_handling xml + ignore_tags x keeps <x id="1"/> in place
    return limits;
}

domain::Result<HttpRequest> DeepLProtocol::buildRequest(const MtBatch& batch, const ProviderSettings& settings) const
{
    if (settings.apiKey.isEmpty())
        return ProtocolJson::settingsError(QStringLiteral("apiKey"), QStringLiteral("DeepL needs an API key"));
    QJsonObject body{{QStringLiteral("text"), ProtocolJson::texts(batch)},
                     {QStringLiteral("target_lang"), LanguageTags::deepLTarget(batch.targetLanguage)},
                     {QStringLiteral("tag_handling"), QStringLiteral("xml")},
                     {QStringLiteral("ignore_tags"), QJsonArray{QStringLiteral("x")}}};
    if (!batch.sourceLanguage.isEmpty())
        body.insert(QStringLiteral("source_lang"), LanguageTags::deepLSource(batch.sourceLanguage));
    const QString formality = settings.extra.value(QStringLiteral("formality")).toString();
    if (!formality.isEmpty() && formality != u"default")
        body.insert(QStringLiteral("formality"), formality);
    const QString glossaryId = settings.extra.value(QStringLiteral("glossaryId")).toString();
    if (!glossaryId.isEmpty()) {
        if (batch.sourceLanguage.isEmpty())
            return ProtocolJson::settingsError(QStringLiteral("extra.glossaryId"),
                                               QStringLiteral("a DeepL glossary needs the source language"));
        body.insert(QStringLiteral("glossary_id"), glossaryId);
    }
    const QString context = settings.extra.value(QStringLiteral("context")).toString();
    if (!context.isEmpty())
        body.insert(QStringLiteral("context"), context);

    HttpRequest request;
    request.url = ProtocolJson::join(endpointFor(settings), QStringLiteral("/v2/translate"));
    request.headers = authHeaders(settings);
    request.body = ProtocolJson::compact(body);
    return request;
}

domain::Result<QStringList> DeepLProtocol::parseResponse(const HttpResponse& reply, const MtBatch& batch) const
{
    // {"translations":[{"detected_source_language":"EN","text":"Hallo"}]}
    auto root = ProtocolJson::parseObject(reply.body);
    if (!root)
        return std::unexpected(root.error());
    auto translations = ProtocolJson::array(*root, QStringLiteral("translations"), {});
    if (!translations)
        return std::unexpected(translations.error());
    return ProtocolJson::strings(*translations, QStringLiteral("text"), batch.segments.size(),
                                 QStringLiteral("translations"));
}

QString DeepLProtocol::describeFailure(const HttpResponse& reply) const
{
    // {"message":"Wrong endpoint"}; 403 bad key, 456 quota exceeded, 429 too many requests.
    QString message;
    const auto root = ProtocolJson::parseObject(reply.body);
    if (root) {
        message = root->value(QStringLiteral("message")).toString();
        const QString detail = root->value(QStringLiteral("detail")).toString();
        if (!detail.isEmpty())
            message = message.isEmpty() ? detail : message + QStringLiteral(": ") + detail;
    }
    if (message.isEmpty()) {
        if (reply.status == 403)
            message = QStringLiteral("authorization failed, check the API key");
        else if (reply.status == 456)
            message = QStringLiteral("quota exceeded");
        else if (reply.status == 429)
            message = QStringLiteral("too many requests");
        else
            message = ProtocolJson::excerpt(reply.body);
    }
    return QStringLiteral("DeepL: %1 (HTTP %2)").arg(message).arg(reply.status);
}

domain::Result<HttpRequest> DeepLProtocol::buildProbe(const ProviderSettings& settings) const
{
    if (settings.apiKey.isEmpty())
        return ProtocolJson::settingsError(QStringLiteral("apiKey"), QStringLiteral("DeepL needs an API key"));
    HttpRequest request;
    request.method = QByteArrayLiteral("GET");
    request.url = ProtocolJson::join(endpointFor(settings), QStringLiteral("/v2/usage"));
    request.headers = {{QByteArrayLiteral("accept"), QByteArrayLiteral("application/json")},
                       {QByteArrayLiteral("authorization"), "DeepL-Auth-Key " + settings.apiKey.toUtf8()}};
    return request;
}

} // namespace tessera::mt
