// LibreTranslateProtocol: LibreTranslate's POST /translate (q as an array) and GET /languages probe.
#pragma once

#include "ProviderProtocol.h"

namespace tessera::mt {

// extra: "charLimit" (the instance's --char-limit, default 5000), "batchLimit" (--batch-limit,
// default 50).
class LibreTranslateProtocol final : public ProviderProtocol {
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
};

} // namespace tessera::mt
