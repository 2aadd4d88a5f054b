// GoogleV3Protocol: Cloud Translation Advanced (v3) projects/{p}/locations/{l}:translateText with a bearer token.
#pragma once

#include "ProviderProtocol.h"

namespace tessera::mt {

// The key is an OAuth 2 access token (gcloud auth print-access-token). extra: "project" (required),
// "location" (default "global"; glossaries need a region such as us-central1), "glossary" (glossary
// id in that project and location). model: a model path or "general/nmt", "general/translation-llm".
class GoogleV3Protocol final : public ProviderProtocol {
public:
    QString id() const override;
    QString displayName() const override;
    bool needsApiKey() const override;
    ProviderLimits limits(const ProviderSettings& settings) const override;
    domain::Result<HttpRequest> buildRequest(const MtBatch& batch, const ProviderSettings& settings) const override;
    domain::Result<QStringList> parseResponse(const HttpResponse& reply, const MtBatch& batch) const override;
    QString describeFailure(const HttpResponse& reply) const override;
    domain::Result<HttpRequest> buildProbe(const ProviderSettings& settings) const override;
};

} // namespace tessera::mt
