// ApertiumProtocol: the Apertium APy server's HTTP API (/translate, /listPairs), free and self-hosted.
#pragma once

#include <QList>
#include <utility>

#include "ProviderProtocol.h"

namespace tessera::mt {

class ApertiumProtocol final : public ProviderProtocol {
public:
    static QString defaultEndpoint() { return QStringLiteral("http://127.0.0.1:2737"); }

    QString id() const override { return QStringLiteral("apertium"); }
    QString displayName() const override { return QStringLiteral("Apertium APy"); }
    bool needsApiKey() const override { return false; }
    // One segment a request (APy translates one q), bracket tokens (which Apertium passes through).
    ProviderLimits limits(const ProviderSettings& settings) const override;
    // POST {endpoint}/translate, form fields langpair=eng|spa, q, markUnknown=no.
    domain::Result<HttpRequest> buildRequest(const MtBatch& batch, const ProviderSettings& settings) const override;
    // {"responseData": {"translatedText": "…"}, "responseStatus": 200}
    domain::Result<QStringList> parseResponse(const HttpResponse& reply, const MtBatch& batch) const override;
    // {"status": "error", "code": 400, "message": "Bad Request", "explanation": "That pair is not installed"}
    QString describeFailure(const HttpResponse& reply) const override;
    // GET {endpoint}/listPairs
    domain::Result<HttpRequest> buildProbe(const ProviderSettings& settings) const override;

    // The pairs of a /listPairs reply, as BCP 47 (source, target).
    static domain::Result<QList<std::pair<QString, QString>>> parsePairs(const HttpResponse& reply);
};

} // namespace tessera::mt
