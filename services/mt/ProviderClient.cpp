// ProviderClient: a queue pumped whenever a reply arrives or the rate limit or a backoff expires.
#include "ProviderClient.h"

#include <algorithm>

#include <QTimer>

#include "HttpTransport.h"
#include "MtLog.h"
#include "ProviderProtocol.h"
#include "domain/Clock.h"

namespace tessera::mt {

using domain::ErrorCode;
using domain::Result;

ProviderClient::ProviderClient(const ProviderProtocol& protocol, ProviderSettings settings,
                               ResilienceSettings resilience, HttpTransport& transport, const domain::Clock& clock,
                               QObject* parent)
    : QObject(parent)
    , m_protocol(protocol)
    , m_settings(std::move(settings))
    , m_resilience(resilience)
    , m_transport(transport)
    , m_clock(clock)
    , m_breaker(resilience.breaker, clock)
    , m_bucket(resilience.rateLimit, clock)
    , m_retry(resilience.retry)
    , m_random(QRandomGenerator::securelySeeded())
    , m_timer(new QTimer(this))
{
    m_resilience.maxInFlight = std::max(1, m_resilience.maxInFlight);
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &ProviderClient::pump);
}

ProviderClient::~ProviderClient()
{
    for (const Pending& p : std::as_const(m_pending))
        if (p.transportId)
            m_transport.cancel(p.transportId);
}

qint64 ProviderClient::nowMs() const
{
    return m_clock.now().toMSecsSinceEpoch();
}

quint64 ProviderClient::submit(MtBatch batch, Done done)
{
    const quint64 ticket = m_nextTicket++;
    m_pending.insert(ticket, Pending{std::move(batch), std::move(done)});
    m_queue.push_back(ticket);
    QMetaObject::invokeMethod(this, &ProviderClient::pump, Qt::QueuedConnection);
    return ticket;
}

void ProviderClient::cancel(quint64 ticket)
{
    auto it = m_pending.find(ticket);
    if (it == m_pending.end())
        return;
    if (it->transportId) {
        m_transport.cancel(it->transportId);
        --m_inFlight;
        if (it->probe)
            m_breaker.release();
    }
    m_pending.erase(it);
    std::erase(m_queue, ticket);
    QMetaObject::invokeMethod(this, &ProviderClient::pump, Qt::QueuedConnection);
}

void ProviderClient::cancelAll()
{
    const QList<quint64> tickets = m_pending.keys();
    for (quint64 ticket : tickets)
        cancel(ticket);
}

void ProviderClient::schedule(qint64 ms)
{
    ms = std::max<qint64>(0, ms);
    if (!m_timer->isActive() || m_timer->remainingTime() > ms)
        m_timer->start(std::chrono::milliseconds(ms));
}

void ProviderClient::pump()
{
    while (m_inFlight < m_resilience.maxInFlight && !m_queue.empty()) {
        const qint64 now = nowMs();
        auto ready = std::find_if(m_queue.begin(), m_queue.end(),
                                  [&](quint64 t) { return m_pending.constFind(t)->notBeforeMs <= now; });
        if (ready == m_queue.end()) {
            qint64 soonest = std::numeric_limits<qint64>::max();
            for (quint64 t : m_queue)
                soonest = std::min(soonest, m_pending.constFind(t)->notBeforeMs);
            schedule(soonest - now);
            return;
        }
        const quint64 ticket = *ready;
        const CircuitBreaker::Decision decision = m_breaker.acquire();
        if (decision == CircuitBreaker::Decision::Wait)
            return; // a probe's reply pumps again
        if (decision == CircuitBreaker::Decision::Reject) {
            m_queue.erase(ready);
            ++m_stats.rejected;
            finish(ticket, domain::fail(ErrorCode::Network,
                                        QStringLiteral("%1 is not answering; not asked again for %2 s (circuit open)")
                                            .arg(m_protocol.displayName())
                                            .arg((m_breaker.msUntilHalfOpen() + 999) / 1000)));
            continue;
        }
        const bool probe = m_breaker.state() == CircuitBreaker::State::HalfOpen;
        if (const qint64 wait = m_bucket.tryTake(); wait > 0) {
            if (probe)
                m_breaker.release();
            schedule(wait);
            return;
        }
        m_queue.erase(ready);
        Pending& pending = m_pending[ticket];
        pending.probe = probe;
        send(ticket, pending);
    }
}

void ProviderClient::send(quint64 ticket, Pending& pending)
{
    auto request = m_protocol.buildRequest(pending.batch, m_settings);
    if (!request) {
        if (pending.probe)
            m_breaker.release();
        finish(ticket, std::unexpected(request.error()));
        return;
    }
    ++pending.attempt;
    if (pending.attempt > 1)
        ++m_stats.retried;
    ++m_stats.sent;
    ++m_inFlight;
    const TransportTimeouts timeouts{m_resilience.connectTimeoutMs, m_resilience.totalTimeoutMs};
    // The id is known only after send() returns; the reply is delivered later, on this thread.
    auto id = std::make_shared<quint64>(0);
    *id = m_transport.send(*request, timeouts, this,
                           [this, ticket, id](const HttpResponse& reply) { onReply(ticket, *id, reply); });
    pending.transportId = *id;
}

void ProviderClient::onReply(quint64 ticket, quint64 transportId, const HttpResponse& reply)
{
    auto it = m_pending.find(ticket);
    if (it == m_pending.end() || it->transportId != transportId)
        return; // cancelled meanwhile
    --m_inFlight;
    it->transportId = 0;
    it->probe = false;
    if (reply.status >= 200 && reply.status < 300) {
        auto parsed = m_protocol.parseResponse(reply, it->batch);
        if (parsed) {
            m_breaker.recordSuccess();
            finish(ticket, std::move(parsed));
        } else {
            m_breaker.recordFailure();
            HttpResponse asFailure = reply;
            asFailure.status = 502; // a reply we cannot read is the provider's fault: retried
            retryOrFail(ticket, asFailure, parsed.error().describe());
        }
    } else if (reply.status == 0) {
        m_breaker.recordFailure();
        retryOrFail(ticket, reply, reply.transportError);
    } else if (reply.status == 429) {
        m_breaker.recordSuccess(); // up, but busy: the rate limit's business, not the circuit's
        retryOrFail(ticket, reply, m_protocol.describeFailure(reply));
    } else if (RetryPolicy::isRetryable(reply)) {
        m_breaker.recordFailure();
        retryOrFail(ticket, reply, m_protocol.describeFailure(reply));
    } else {
        m_breaker.recordSuccess(); // it answered; the request was wrong
        retryOrFail(ticket, reply, m_protocol.describeFailure(reply));
    }
    pump();
}

void ProviderClient::retryOrFail(quint64 ticket, const HttpResponse& reply, const QString& why)
{
    Pending& pending = m_pending[ticket];
    const auto delay = m_retry.nextDelayMs(pending.attempt, reply, m_clock.now(), m_random.generateDouble());
    if (!delay) {
        const QString status = reply.status ? QStringLiteral("HTTP %1").arg(reply.status) : QStringLiteral("no reply");
        // A 400 or 422 is the provider refusing the request itself (a language pair it does not have):
        // bad input that no retry mends. Anything else is the provider's or the network's trouble.
        const ErrorCode code =
            reply.status == 400 || reply.status == 422 ? ErrorCode::InvalidInput : ErrorCode::Network;
        finish(ticket, domain::fail(code, QStringLiteral("%1 failed after %2 attempt(s): %3: %4")
                                              .arg(m_protocol.displayName())
                                              .arg(pending.attempt)
                                              .arg(status, why)));
        return;
    }
    qCDebug(lcMt) << m_settings.id << "attempt" << pending.attempt << "failed:" << why << "- retrying in" << *delay
                  << "ms";
    pending.notBeforeMs = nowMs() + *delay;
    m_queue.push_front(ticket);
}

void ProviderClient::finish(quint64 ticket, Result<QStringList> result)
{
    auto it = m_pending.find(ticket);
    if (it == m_pending.end())
        return;
    Done done = std::move(it->done);
    m_pending.erase(it);
    if (result)
        ++m_stats.succeeded;
    else
        ++m_stats.failed;
    done(std::move(result));
}

} // namespace tessera::mt
