// LibreTranslateProtocol: LibreTranslate's POST /translate (q as an array) and GET /languages probe.
#include "LibreTranslateProtocol.h"

#include "LanguageTags.h"
#include "ProtocolJson.h"

namespace tessera::mt {

QString LibreTranslateProtocol::id() const
{
    return QStringLiteral("libretranslate");
}

QString LibreTranslateProtocol::displayName() const
{
    return QStringLiteral("LibreTranslate");
}

bool LibreTranslateProtocol::needsApiKey() const
{
    return false; // self-hosted instances run without keys; libretranslate.com needs one
}

QUrl LibreTranslateProtocol::defaultEndpoint()
{
    return QUrl(QStringLiteral("http://127.0.0.1:5000"));
}

ProviderLimits LibreTranslateProtocol::limits(const ProviderSettings& settings) const
{
    ProviderLimits limits;
    limits.maxSegments = settings.extra.value(QStringLiteral("batchLimit"), 50).toInt();
    limits.maxChars = settings.extra.value(QStringLiteral("charLimit"), 5000).toInt();
    limits.acceptsGlossary = false;
    limits.maskStyle = MaskStyle::XmlTags; // sent as format "html": tags stay, text between them is translated
    return limits;
}

domain::Result<HttpRequest> LibreTranslateProtocol::buildRequest(const MtBatch& batch,
                                                                 const ProviderSettings& settings) const
{
    QJsonObject body{{QStringLiteral("q"), ProtocolJson::texts(batch)},
                     {QStringLiteral("source"), LanguageTags::libreTranslate(batch.sourceLanguage)},
                     {QStringLiteral("target"), LanguageTags::libreTranslate(batch.targetLanguage)},
                     {QStringLiteral("format"), QStringLiteral("html")}};
    if (!settings.apiKey.isEmpty())
        body.insert(QStringLiteral("api_key"), settings.apiKey);
    HttpRequest request;
    request.url = ProtocolJson::join(settings.endpoint.isEmpty() ? defaultEndpoint() : settings.endpoint,
                                     QStringLiteral("/translate"));
    request.headers = ProtocolJson::jsonHeaders();
    request.body = ProtocolJson::compact(body);
    return request;
}

domain::Result<QStringList> LibreTranslateProtocol::parseResponse(const HttpResponse& reply, const MtBatch& batch) const
{
    auto root = ProtocolJson::parseObject(reply.body);
    if (!root)
        return std::unexpected(root.error());
    // With q as an array, translatedText is an array of strings in the same order.
    auto texts = ProtocolJson::array(*root, QStringLiteral("translatedText"), {});
    if (!texts)
        return std::unexpected(texts.error());
    return ProtocolJson::strings(*texts, {}, batch.segments.size(), QStringLiteral("translatedText"));
}

QString LibreTranslateProtocol::describeFailure(const HttpResponse& reply) const
{
    // {"error": "Invalid API key"}
    const auto root = ProtocolJson::parseObject(reply.body);
    if (root && root->value(QStringLiteral("error")).isString())
        return QStringLiteral("LibreTranslate: %1 (HTTP %2)")
            .arg(root->value(QStringLiteral("error")).toString())
            .arg(reply.status);
    return QStringLiteral("LibreTranslate: HTTP %1 %2").arg(reply.status).arg(ProtocolJson::excerpt(reply.body));
}

domain::Result<HttpRequest> LibreTranslateProtocol::buildProbe(const ProviderSettings& settings) const
{
    HttpRequest request;
    request.method = QByteArrayLiteral("GET");
    request.url = ProtocolJson::join(settings.endpoint.isEmpty() ? defaultEndpoint() : settings.endpoint,
                                     QStringLiteral("/languages"));
    request.headers = {{QByteArrayLiteral("accept"), QByteArrayLiteral("application/json")}};
    return request;
}

} // namespace tessera::mt
