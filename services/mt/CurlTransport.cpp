// CurlTransport: easy handles on a multi handle, polled by the transport thread.
#include "CurlTransport.h"

#include <map>

#include <QMetaObject>
#include <QObject>
#include <QPointer>

#include <curl/curl.h>

#include "MtLog.h"

namespace tessera::mt {

struct CurlTransport::Transfer {
    quint64 id = 0;
    HttpRequest request;
    TransportTimeouts timeouts;
    QPointer<QObject> context;
    Callback done;
    CURL* easy = nullptr;
    curl_slist* headers = nullptr;
    HttpResponse response;
    char error[CURL_ERROR_SIZE] = {};

    ~Transfer()
    {
        if (headers)
            curl_slist_free_all(headers);
        if (easy)
            curl_easy_cleanup(easy);
    }
};

namespace {

std::once_flag s_globalInit;

size_t writeBody(char* data, size_t size, size_t count, void* user)
{
    static_cast<QByteArray*>(user)->append(data, qsizetype(size * count));
    return size * count;
}

size_t writeHeader(char* data, size_t size, size_t count, void* user)
{
    auto* response = static_cast<HttpResponse*>(user);
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    if (line.startsWith("HTTP/")) {
        response->headers.clear(); // a redirect's or a 100 Continue's headers are not the reply's
    } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
        response->headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    return size * count;
}

} // namespace

CurlTransport::CurlTransport(int maxConnectionsPerHost)
    : m_maxConnectionsPerHost(maxConnectionsPerHost)
{
    std::call_once(s_globalInit, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    m_multi = curl_multi_init();
    if (m_maxConnectionsPerHost > 0)
        curl_multi_setopt(m_multi, CURLMOPT_MAX_HOST_CONNECTIONS, long(m_maxConnectionsPerHost));
    // Keep idle connections for reuse: by default the cache follows the number of handles added,
    // so a quiet moment between requests would close connections that are about to be needed.
    curl_multi_setopt(m_multi, CURLMOPT_MAXCONNECTS, 64L);
    m_thread = std::thread([this] { run(); });
}

CurlTransport::~CurlTransport()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    curl_multi_wakeup(m_multi);
    m_thread.join();
    curl_multi_cleanup(m_multi);
}

quint64 CurlTransport::send(const HttpRequest& request, const TransportTimeouts& timeouts, QObject* context,
                            Callback done)
{
    auto transfer = std::make_unique<Transfer>();
    transfer->request = request;
    transfer->timeouts = timeouts;
    transfer->context = context;
    transfer->done = std::move(done);
    quint64 id = 0;
    {
        std::lock_guard lock(m_mutex);
        id = m_nextId++;
        transfer->id = id;
        m_live.insert(id);
        m_incoming.push_back(std::move(transfer));
    }
    curl_multi_wakeup(m_multi);
    return id;
}

void CurlTransport::cancel(quint64 id)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_live.contains(id))
            return;
        m_live.erase(id);
        m_cancelled.insert(id);
    }
    curl_multi_wakeup(m_multi);
}

int CurlTransport::inFlight() const
{
    std::lock_guard lock(m_mutex);
    return int(m_live.size());
}

void CurlTransport::startTransfer(std::unique_ptr<Transfer> owned)
{
    Transfer* t = owned.get();
    t->easy = curl_easy_init();
    CURL* e = t->easy;
    const QByteArray url = t->request.url.toEncoded();
    curl_easy_setopt(e, CURLOPT_URL, url.constData()); // copied by libcurl
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_PRIVATE, t);
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t->error);
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, long(t->timeouts.connectMs));
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, long(t->timeouts.totalMs));
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, writeBody);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, &t->response.body);
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, writeHeader);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, &t->response);
    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, ""); // whatever libcurl can decode
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    const QByteArray method = t->request.method.toUpper();
    if (method == "GET") {
        curl_easy_setopt(e, CURLOPT_HTTPGET, 1L);
    } else {
        if (method != "POST")
            curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, method.constData());
        curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(t->request.body.size()));
        curl_easy_setopt(e, CURLOPT_POSTFIELDS, t->request.body.constData()); // kept alive in t
    }
    t->headers = curl_slist_append(t->headers, "Expect:"); // no 100-continue round trip
    for (const auto& [name, value] : t->request.headers)
        t->headers = curl_slist_append(t->headers, QByteArray(name + ": " + value).constData());
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, t->headers);
    curl_multi_add_handle(m_multi, e);
    owned.release(); // owned by the easy handle's PRIVATE pointer until finished or dropped
}

void CurlTransport::dropTransfer(Transfer* transfer)
{
    curl_multi_remove_handle(m_multi, transfer->easy);
    delete transfer;
}

void CurlTransport::finishTransfer(Transfer* t, int curlCode)
{
    if (curlCode == CURLE_OK) {
        long status = 0;
        curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &status);
        t->response.status = int(status);
    } else {
        t->response.status = 0;
        t->response.headers.clear();
        t->response.body.clear();
        const QString detail = QString::fromUtf8(t->error).trimmed();
        t->response.transportError =
            detail.isEmpty() ? QString::fromUtf8(curl_easy_strerror(CURLcode(curlCode))) : detail;
    }
    {
        std::lock_guard lock(m_mutex); // cancel() either ran before (then nothing is posted) or waits
        if (m_live.erase(t->id) && t->context) {
            QMetaObject::invokeMethod(
                t->context.data(), [done = std::move(t->done), response = std::move(t->response)] { done(response); },
                Qt::QueuedConnection);
        }
    }
    dropTransfer(t);
}

void CurlTransport::run()
{
    std::map<quint64, Transfer*> running;
    for (;;) {
        std::deque<std::unique_ptr<Transfer>> incoming;
        std::set<quint64> cancelled;
        bool stop = false;
        {
            std::lock_guard lock(m_mutex);
            incoming.swap(m_incoming);
            cancelled.swap(m_cancelled);
            stop = m_stop;
        }
        if (stop) {
            for (auto& [id, t] : running)
                dropTransfer(t);
            return;
        }
        for (quint64 id : cancelled) {
            if (auto it = running.find(id); it != running.end()) {
                dropTransfer(it->second);
                running.erase(it);
            } else {
                std::erase_if(incoming, [id](const auto& t) { return t->id == id; });
            }
        }
        for (auto& t : incoming) {
            running[t->id] = t.get();
            startTransfer(std::move(t));
        }
        int stillRunning = 0;
        curl_multi_perform(m_multi, &stillRunning);
        int queued = 0;
        while (CURLMsg* message = curl_multi_info_read(m_multi, &queued)) {
            if (message->msg != CURLMSG_DONE)
                continue;
            Transfer* t = nullptr;
            curl_easy_getinfo(message->easy_handle, CURLINFO_PRIVATE, reinterpret_cast<char**>(&t));
            running.erase(t->id);
            finishTransfer(t, message->data.result);
        }
        curl_multi_poll(m_multi, nullptr, 0, 1000, nullptr);
    }
}

} // namespace tessera::mt
