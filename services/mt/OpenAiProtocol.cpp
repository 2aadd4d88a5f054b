// OpenAiProtocol: OpenAI-compatible chat completions (OpenAI, Azure OpenAI, llama.cpp/Ollama/vLLM) with the
// LlmPrompt scheme.
#include "OpenAiProtocol.h"

#include <QUrlQuery>

#include "LlmPrompt.h"
#include "ProtocolJson.h"

namespace tessera::mt {

namespace {

QString deploymentOf(const ProviderSettings& settings)
{
    return settings.extra.value(QStringLiteral("azureDeployment")).toString().trimmed();
}

QUrl azureUrl(const ProviderSettings& settings, const QString& path)
{
    QUrl url = ProtocolJson::join(settings.endpoint, path);
    QUrlQuery query;
    query.addQueryItem(
        QStringLiteral("api-version"),
        settings.extra.value(QStringLiteral("apiVersion"), OpenAiProtocol::defaultAzureApiVersion()).toString());
    url.setQuery(query);
    return url;
}

void addAuth(HttpHeaders& headers, const ProviderSettings& settings)
{
    if (settings.apiKey.isEmpty())
        return;
    if (!deploymentOf(settings).isEmpty())
        headers.append({QByteArrayLiteral("api-key"), settings.apiKey.toUtf8()});
    else
        headers.append({QByteArrayLiteral("authorization"), "Bearer " + settings.apiKey.toUtf8()});
}

} // namespace

QString OpenAiProtocol::id() const
{
    return QStringLiteral("openai");
}

QString OpenAiProtocol::displayName() const
{
    return QStringLiteral("OpenAI-compatible chat");
}

bool OpenAiProtocol::needsApiKey() const
{
    return false;
}

QString OpenAiProtocol::defaultAzureApiVersion()
{
    return QStringLiteral("2024-10-21");
}

ProviderLimits OpenAiProtocol::limits(const ProviderSettings& settings) const
{
    return LlmPrompt::limits(settings);
}

domain::Result<HttpRequest> OpenAiProtocol::buildRequest(const MtBatch& batch, const ProviderSettings& settings) const
{
    const bool azure = !deploymentOf(settings).isEmpty();
    if (azure && settings.endpoint.isEmpty())
        return ProtocolJson::settingsError(QStringLiteral("endpoint"),
                                           QStringLiteral("Azure OpenAI needs the resource endpoint"));
    if (!azure && settings.model.isEmpty())
        return ProtocolJson::settingsError(QStringLiteral("model"), QStringLiteral("choose the model to use"));

    QJsonObject body{
        {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                                            {QStringLiteral("content"), LlmPrompt::system(batch)}},
                                                QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                            {QStringLiteral("content"), LlmPrompt::user(batch)}}}},
        {QStringLiteral("temperature"), settings.extra.value(QStringLiteral("temperature"), 0).toDouble()}};
    if (!settings.model.isEmpty())
        body.insert(QStringLiteral("model"), settings.model);

    HttpRequest request;
    request.url =
        azure
            ? azureUrl(settings, QStringLiteral("/openai/deployments/%1/chat/completions").arg(deploymentOf(settings)))
            : ProtocolJson::join(ProtocolJson::endpoint(settings, QStringLiteral("https://api.openai.com")),
                                 QStringLiteral("/v1/chat/completions"));
    request.headers = ProtocolJson::jsonHeaders();
    addAuth(request.headers, settings);
    request.body = ProtocolJson::compact(body);
    return request;
}

domain::Result<QStringList> OpenAiProtocol::parseResponse(const HttpResponse& reply, const MtBatch& batch) const
{
    // {"choices":[{"index":0,"message":{"role":"assistant","content":"[…]"},"finish_reason":"stop"}]}
    auto root = ProtocolJson::parseObject(reply.body);
    if (!root)
        return std::unexpected(root.error());
    auto choices = ProtocolJson::array(*root, QStringLiteral("choices"), {});
    if (!choices)
        return std::unexpected(choices.error());
    if (choices->isEmpty() || !choices->first().isObject())
        return ProtocolJson::replyError(QStringLiteral("choices[0]"), QStringLiteral("no answer in the reply"));
    const QJsonObject choice = choices->first().toObject();
    const QString finish = choice.value(QStringLiteral("finish_reason")).toString();
    if (finish == u"length")
        return ProtocolJson::replyError(QStringLiteral("choices[0].finish_reason"),
                                        QStringLiteral("the answer was cut off at the token limit"));
    if (finish == u"content_filter")
        return ProtocolJson::replyError(QStringLiteral("choices[0].finish_reason"),
                                        QStringLiteral("the answer was withheld by the content filter"));
    auto message = ProtocolJson::object(choice, QStringLiteral("message"), QStringLiteral("choices[0]"));
    if (!message)
        return std::unexpected(message.error());
    auto content = ProtocolJson::string(*message, QStringLiteral("content"), QStringLiteral("choices[0].message"));
    if (!content)
        return std::unexpected(content.error());
    return LlmPrompt::parse(*content, batch.segments.size(), QStringLiteral("choices[0].message.content"));
}

QString OpenAiProtocol::describeFailure(const HttpResponse& reply) const
{
    // {"error":{"message":"Incorrect API key provided","type":"invalid_request_error","code":"invalid_api_key"}}
    // (llama.cpp and vLLM answer the same shape; some local servers answer {"error":"…"}.)
    const auto root = ProtocolJson::parseObject(reply.body);
    if (root) {
        const QJsonValue error = root->value(QStringLiteral("error"));
        if (error.isObject()) {
            QString message = error.toObject().value(QStringLiteral("message")).toString();
            const QString code = error.toObject().value(QStringLiteral("code")).toVariant().toString();
            if (!code.isEmpty())
                message += QStringLiteral(" [%1]").arg(code);
            return QStringLiteral("OpenAI-compatible: %1 (HTTP %2)").arg(message).arg(reply.status);
        }
        if (error.isString())
            return QStringLiteral("OpenAI-compatible: %1 (HTTP %2)").arg(error.toString()).arg(reply.status);
    }
    return QStringLiteral("OpenAI-compatible: HTTP %1 %2").arg(reply.status).arg(ProtocolJson::excerpt(reply.body));
}

domain::Result<HttpRequest> OpenAiProtocol::buildProbe(const ProviderSettings& settings) const
{
    const bool azure = !deploymentOf(settings).isEmpty();
    if (azure && settings.endpoint.isEmpty())
        return ProtocolJson::settingsError(QStringLiteral("endpoint"),
                                           QStringLiteral("Azure OpenAI needs the resource endpoint"));
    HttpRequest request;
    request.method = QByteArrayLiteral("GET");
    request.url = azure ? azureUrl(settings, QStringLiteral("/openai/models"))
                        : ProtocolJson::join(ProtocolJson::endpoint(settings, QStringLiteral("https://api.openai.com")),
                                             QStringLiteral("/v1/models"));
    request.headers = {{QByteArrayLiteral("accept"), QByteArrayLiteral("application/json")}};
    addAuth(request.headers, settings);
    return request;
}

} // namespace tessera::mt
