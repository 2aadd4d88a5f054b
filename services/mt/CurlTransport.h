// CurlTransport: HttpTransport on libcurl's multi interface, driven by a thread of its own.
#pragma once

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <set>
#include <thread>

#include "HttpTransport.h"

namespace tessera::mt {

// Every request is an easy handle on one multi handle, so many are in flight at once over reused
// connections; the thread sleeps in curl_multi_poll and is woken for new requests, cancellations
// and shutdown. Never touches the caller's thread except by posting the reply to `context`.
class CurlTransport final : public HttpTransport {
public:
    // `maxConnectionsPerHost` caps parallel connections to one host (0: libcurl's default, no cap).
    explicit CurlTransport(int maxConnectionsPerHost = 8);
    ~CurlTransport() override; // cancels whatever is in flight, then joins the thread

    quint64 send(const HttpRequest& request, const TransportTimeouts& timeouts, QObject* context,
                 Callback done) override;
    void cancel(quint64 id) override;

    // Requests started and not yet finished or cancelled (for tests and the benchmark).
    int inFlight() const;

private:
    struct Transfer;
    void run();
    void startTransfer(std::unique_ptr<Transfer> transfer);
    void finishTransfer(Transfer* transfer, int curlCode);
    void dropTransfer(Transfer* transfer);

    void* m_multi = nullptr; // CURLM*
    int m_maxConnectionsPerHost;
    mutable std::mutex m_mutex;
    std::deque<std::unique_ptr<Transfer>> m_incoming;
    std::set<quint64> m_cancelled;
    std::set<quint64> m_live;
    quint64 m_nextId = 1;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace tessera::mt
