// GoogleV2Protocol: Cloud Translation Basic (v2) POST /language/translate/v2 with q as an array.
#pragma once

#include "ProviderProtocol.h"

namespace tessera::mt {

// The API key goes in the x-goog-api-key header (which Google accepts in place of ?key=) so that it
// never appears in a URL that a log or proxy may record.
class GoogleV2Protocol final : public ProviderProtocol {
public:
    QString id() const override;
    QString displayName() const override;
    bool needsApiKey() const override;
    ProviderLimits limits(const ProviderSettings& settings) const override;
    domain::Result<HttpRequest> buildRequest(const MtBatch& batch, const ProviderSettings& settings) const override;
    domain::Result<QStringList> parseResponse(const HttpResponse& reply, const MtBatch& batch) const override;
    QString describeFailure(const HttpResponse& reply) const override;
    domain::Result<HttpRequest> buildProbe(const ProviderSettings& settings) const override;

    static QUrl defaultEndpoint();
    // Google's {"error":{"code","message","status"}} shared by v2 and v3.
    static QString googleError(const QString& provider, const HttpResponse& reply);
};

} // namespace tessera::mt
