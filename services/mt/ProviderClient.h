// ProviderClient: one configured provider's requests: rate limit, circuit breaker, retries with
// backoff, timeouts and cancellation around its ProviderProtocol and the shared transport.
#pragma once

#include <deque>
#include <functional>
#include <memory>

#include <QHash>
#include <QObject>
#include <QRandomGenerator>

#include "CircuitBreaker.h"
#include "MtTypes.h"
#include "ResilienceSettings.h"
#include "RetryPolicy.h"
#include "TokenBucket.h"
#include "domain/Result.h"

class QTimer;

namespace tessera::mt {

class HttpTransport;
class ProviderProtocol;

class ProviderClient final : public QObject {
    Q_OBJECT

public:
    using Done = std::function<void(domain::Result<QStringList>)>;

    struct Stats {
        int sent = 0;      // HTTP requests put on the wire, retries included
        int retried = 0;   // attempts after the first
        int rejected = 0;  // batches failed at once because the circuit was open
        int succeeded = 0; // batches translated
        int failed = 0;    // batches failed (after their retries)
    };

    // The protocol and transport must outlive the client; so must the clock.
    ProviderClient(const ProviderProtocol& protocol, ProviderSettings settings, ResilienceSettings resilience,
                   HttpTransport& transport, const domain::Clock& clock, QObject* parent = nullptr);
    ~ProviderClient() override;

    // Queues `batch` (which respects the protocol's limits); `done` runs once on this thread with
    // one translation per segment, or an error (circuit open, retries used up, bad reply), never
    // after cancel(ticket). Returns the ticket.
    quint64 submit(MtBatch batch, Done done);
    void cancel(quint64 ticket);
    void cancelAll();

    const ProviderProtocol& protocol() const { return m_protocol; }
    const ProviderSettings& settings() const { return m_settings; }
    const ResilienceSettings& resilience() const { return m_resilience; }
    CircuitBreaker::State circuitState() { return m_breaker.state(); }
    const Stats& stats() const { return m_stats; }
    int pendingCount() const { return int(m_pending.size()); }

private:
    struct Pending {
        MtBatch batch;
        Done done;
        int attempt = 0;        // attempts made
        qint64 notBeforeMs = 0; // a retry waits until then
        quint64 transportId = 0;
        bool probe = false; // holds one of the breaker's half-open probes
    };

    void pump();
    void schedule(qint64 ms);
    void send(quint64 ticket, Pending& pending);
    void onReply(quint64 ticket, quint64 transportId, const HttpResponse& reply);
    void finish(quint64 ticket, domain::Result<QStringList> result);
    void retryOrFail(quint64 ticket, const HttpResponse& reply, const QString& why);
    qint64 nowMs() const;

    const ProviderProtocol& m_protocol;
    ProviderSettings m_settings;
    ResilienceSettings m_resilience;
    HttpTransport& m_transport;
    const domain::Clock& m_clock;
    CircuitBreaker m_breaker;
    TokenBucket m_bucket;
    RetryPolicy m_retry;
    QRandomGenerator m_random;
    QHash<quint64, Pending> m_pending;
    std::deque<quint64> m_queue; // tickets waiting to be sent, in order
    int m_inFlight = 0;
    quint64 m_nextTicket = 1;
    QTimer* m_timer;
    Stats m_stats;
};

} // namespace tessera::mt
