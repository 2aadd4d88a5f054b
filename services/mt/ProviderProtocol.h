// ProviderProtocol: one MT provider's wire format: builds its HTTP requests and reads its replies.
#pragma once

#include "MtTypes.h"
#include "domain/Result.h"

namespace tessera::mt {

// Pure and stateless: no I/O, no clock, no retries. The engine (transport, circuit breaker, rate
// limit, retries, batching, masking, cache) calls these and owns everything else, so a protocol is
// tested by feeding it bytes.
class ProviderProtocol {
public:
    virtual ~ProviderProtocol() = default;

    virtual QString id() const = 0;          // matches ProviderSettings::id
    virtual QString displayName() const = 0; // "DeepL API"
    virtual bool needsApiKey() const = 0;
    virtual ProviderLimits limits(const ProviderSettings& settings) const = 0;

    // The request translating `batch` (which respects limits()).
    virtual domain::Result<HttpRequest> buildRequest(const MtBatch& batch, const ProviderSettings& settings) const = 0;

    // One translation per segment of `batch`, in order, from a 2xx reply. A reply that is not
    // valid (truncated, malformed JSON, wrong count) is an Error naming the field that is wrong.
    virtual domain::Result<QStringList> parseResponse(const HttpResponse& reply, const MtBatch& batch) const = 0;

    // The provider's own explanation of a non-2xx reply (its error JSON), for messages and logs.
    virtual QString describeFailure(const HttpResponse& reply) const = 0;

    // A cheap request proving endpoint and key work ("Test connection"), e.g. listing languages.
    virtual domain::Result<HttpRequest> buildProbe(const ProviderSettings& settings) const = 0;
};

} // namespace tessera::mt
