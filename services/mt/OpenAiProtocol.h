// OpenAiProtocol: OpenAI-compatible chat completions (OpenAI, Azure OpenAI, llama.cpp/Ollama/vLLM) with the
// LlmPrompt scheme.
#pragma once

#include "ProviderProtocol.h"

namespace tessera::mt {

// Three flavours by settings:
// - OpenAI (default endpoint https://api.openai.com): POST /v1/chat/completions, Authorization: Bearer.
// - Azure OpenAI (extra "azureDeployment" set): POST {endpoint}/openai/deployments/{d}/chat/completions
//   ?api-version={extra "apiVersion", default 2024-10-21}, header api-key.
// - Local servers (endpoint set, no key): POST {endpoint}/v1/chat/completions without Authorization.
// extra: "maxSegments" (default 40), "maxChars" (default 6000), "temperature" (default 0).
class OpenAiProtocol final : public ProviderProtocol {
public:
    QString id() const override;
    QString displayName() const override;
    bool needsApiKey() const override; // false: local servers need none; the cloud answers 401 without
    ProviderLimits limits(const ProviderSettings& settings) const override;
    domain::Result<HttpRequest> buildRequest(const MtBatch& batch, const ProviderSettings& settings) const override;
    domain::Result<QStringList> parseResponse(const HttpResponse& reply, const MtBatch& batch) const override;
    QString describeFailure(const HttpResponse& reply) const override;
    domain::Result<HttpRequest> buildProbe(const ProviderSettings& settings) const override;

    static QString defaultAzureApiVersion();
};

} // namespace tessera::mt
