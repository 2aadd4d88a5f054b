// AnthropicProtocol: Anthropic's Messages API (/v1/messages, x-api-key, anthropic-version) with the
// LlmPrompt scheme.
#include "AnthropicProtocol.h"

#include "LlmPrompt.h"
#include "ProtocolJson.h"

namespace tessera::mt {

namespace {

HttpHeaders headersFor(const ProviderSettings& settings)
{
    HttpHeaders headers = ProtocolJson::jsonHeaders();
    headers.append({QByteArrayLiteral("x-api-key"), settings.apiKey.toUtf8()});
    headers.append({QByteArrayLiteral("anthropic-version"), AnthropicProtocol::apiVersion()});
    return headers;
}

} // namespace

QString AnthropicProtocol::id() const
{
    return QStringLiteral("anthropic");
}

QString AnthropicProtocol::displayName() const
{
    return QStringLiteral("Anthropic Messages");
}

bool AnthropicProtocol::needsApiKey() const
{
    return true;
}

QByteArray AnthropicProtocol::apiVersion()
{
    return QByteArrayLiteral("2023-06-01");
}

ProviderLimits AnthropicProtocol::limits(const ProviderSettings& settings) const
{
    return LlmPrompt::limits(settings);
}

domain::Result<HttpRequest> AnthropicProtocol::buildRequest(const MtBatch& batch,
                                                            const ProviderSettings& settings) const
{
    if (settings.apiKey.isEmpty())
        return ProtocolJson::settingsError(QStringLiteral("apiKey"), QStringLiteral("Anthropic needs an API key"));
    if (settings.model.isEmpty())
        return ProtocolJson::settingsError(QStringLiteral("model"), QStringLiteral("choose the model to use"));
    const QJsonObject body{
        {QStringLiteral("model"), settings.model},
        {QStringLiteral("max_tokens"), settings.extra.value(QStringLiteral("maxTokens"), 4096).toInt()},
        {QStringLiteral("system"), LlmPrompt::system(batch)},
        {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                            {QStringLiteral("content"), LlmPrompt::user(batch)}}}},
        {QStringLiteral("temperature"), 0}};
    HttpRequest request;
    request.url = ProtocolJson::join(ProtocolJson::endpoint(settings, QStringLiteral("https://api.anthropic.com")),
                                     QStringLiteral("/v1/messages"));
    request.headers = headersFor(settings);
    request.body = ProtocolJson::compact(body);
    return request;
}

domain::Result<QStringList> AnthropicProtocol::parseResponse(const HttpResponse& reply, const MtBatch& batch) const
{
    // {"type":"message","content":[{"type":"text","text":"[…]"}],"stop_reason":"end_turn"}
    auto root = ProtocolJson::parseObject(reply.body);
    if (!root)
        return std::unexpected(root.error());
    if (root->value(QStringLiteral("stop_reason")).toString() == u"max_tokens")
        return ProtocolJson::replyError(QStringLiteral("stop_reason"),
                                        QStringLiteral("the answer was cut off at max_tokens"));
    auto content = ProtocolJson::array(*root, QStringLiteral("content"), {});
    if (!content)
        return std::unexpected(content.error());
    QString text;
    for (const QJsonValue& block : *content)
        if (block.toObject().value(QStringLiteral("type")).toString() == u"text")
            text += block.toObject().value(QStringLiteral("text")).toString();
    if (text.isEmpty())
        return ProtocolJson::replyError(QStringLiteral("content"), QStringLiteral("holds no text block"));
    return LlmPrompt::parse(text, batch.segments.size(), QStringLiteral("content[0].text"));
}

QString AnthropicProtocol::describeFailure(const HttpResponse& reply) const
{
    // {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}
    const auto root = ProtocolJson::parseObject(reply.body);
    if (root && root->value(QStringLiteral("error")).isObject()) {
        const QJsonObject error = root->value(QStringLiteral("error")).toObject();
        return QStringLiteral("Anthropic: %1 [%2] (HTTP %3)")
            .arg(error.value(QStringLiteral("message")).toString(), error.value(QStringLiteral("type")).toString())
            .arg(reply.status);
    }
    return QStringLiteral("Anthropic: HTTP %1 %2").arg(reply.status).arg(ProtocolJson::excerpt(reply.body));
}

domain::Result<HttpRequest> AnthropicProtocol::buildProbe(const ProviderSettings& settings) const
{
    if (settings.apiKey.isEmpty())
        return ProtocolJson::settingsError(QStringLiteral("apiKey"), QStringLiteral("Anthropic needs an API key"));
    HttpRequest request;
    request.method = QByteArrayLiteral("GET");
    request.url = ProtocolJson::join(ProtocolJson::endpoint(settings, QStringLiteral("https://api.anthropic.com")),
                                     QStringLiteral("/v1/models"));
    request.headers = headersFor(settings);
    request.headers.removeIf([](const auto& h) { return h.first == "content-type"; });
    return request;
}

} // namespace tessera::mt
