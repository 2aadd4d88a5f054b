// LoopbackHttp: sends a protocol's HttpRequest through QNetworkAccessManager and waits for the HttpResponse
// (tests only: the engine's transport is libcurl).
#pragma once

#include "mt/MtTypes.h"

class QNetworkAccessManager;

namespace tessera::test {

class LoopbackHttp {
public:
    // Waits for the reply with QSignalSpy; `transferTimeoutMs` makes a hanging server end the request.
    static mt::HttpResponse send(QNetworkAccessManager& manager, const mt::HttpRequest& request,
                                 int transferTimeoutMs = 30000);
};

} // namespace tessera::test
