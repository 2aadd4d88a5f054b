// AnthropicProtocol: Anthropic's Messages API (/v1/messages, x-api-key, anthropic-version) with the
// LlmPrompt scheme.
#pragma once

#include "ProviderProtocol.h"

namespace tessera::mt {

// extra: "maxTokens" (default 4096), "maxSegments" (default 40), "maxChars" (default 6000).
class AnthropicProtocol final : public ProviderProtocol {
public:
    QString id() const override;
    QString displayName() const override;
    bool needsApiKey() const override;
    ProviderLimits limits(const ProviderSettings& settings) const override;
    domain::Result<HttpRequest> buildRequest(const MtBatch& batch, const ProviderSettings& settings) const override;
    domain::Result<QStringList> parseResponse(const HttpResponse& reply, const MtBatch& batch) const override;
    QString describeFailure(const HttpResponse& reply) const override;
    domain::Result<HttpRequest> buildProbe(const ProviderSettings& settings) const override;

    static QByteArray apiVersion(); // "2023-06-01"
};

} // namespace tessera::mt
