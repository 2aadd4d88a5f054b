// DeepLProtocol: DeepL API v2 /translate (text array, tag_handling xml) and the /v2/usage probe.
#pragma once

#include "ProviderProtocol.h"

namespace tessera::mt {

// extra: "formality" (default, more, less, prefer_more, prefer_less), "glossaryId" (a glossary made
// in DeepL for this language pair), "context" (text that steers every segment of a request).
// Endpoint: api-free.deepl.com for keys ending in ":fx", api.deepl.com otherwise.
class DeepLProtocol final : public ProviderProtocol {
public:
    QString id() const override;
    QString displayName() const override;
    bool needsApiKey() const override;
    ProviderLimits limits(const ProviderSettings& settings) const override;
    domain::Result<HttpRequest> buildRequest(const MtBatch& batch, const ProviderSettings& settings) const override;
    domain::Result<QStringList> parseResponse(const HttpResponse& reply, const MtBatch& batch) const override;
    QString describeFailure(const HttpResponse& reply) const override;
    domain::Result<HttpRequest> buildProbe(const ProviderSettings& settings) const override;

    static QUrl endpointFor(const ProviderSettings& settings);
};

} // namespace tessera::mt
