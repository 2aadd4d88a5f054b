// HttpTransport: sends HTTP requests asynchronously and hands each reply back on the caller's thread.
#pragma once

#include <functional>

#include "MtTypes.h"

class QObject;

namespace tessera::mt {

struct TransportTimeouts {
    int connectMs = 10000;
    int totalMs = 60000; // the whole exchange, connecting included
};

class HttpTransport {
public:
    using Callback = std::function<void(const HttpResponse&)>;

    virtual ~HttpTransport() = default;

    // Starts `request` and returns its id (never 0). `done` runs once on `context`'s thread with
    // the reply, or with status 0 and a transportError; it never runs after cancel(id) returned or
    // once `context` is destroyed.
    virtual quint64 send(const HttpRequest& request, const TransportTimeouts& timeouts, QObject* context,
                         Callback done) = 0;
    // Stops a request in flight (closing its connection); unknown or finished ids are ignored.
    virtual void cancel(quint64 id) = 0;
};

} // namespace tessera::mt
