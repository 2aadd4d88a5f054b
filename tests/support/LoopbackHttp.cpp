// LoopbackHttp: sends a protocol's HttpRequest through QNetworkAccessManager and waits for the HttpResponse
// (tests only: the engine's transport is libcurl).
#include "LoopbackHttp.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

namespace tessera::test {

mt::HttpResponse LoopbackHttp::send(QNetworkAccessManager& manager, const mt::HttpRequest& request,
                                    int transferTimeoutMs)
{
    QNetworkRequest networkRequest(request.url);
    for (const auto& [name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    networkRequest.setTransferTimeout(transferTimeoutMs);
    QNetworkReply* reply = manager.sendCustomRequest(networkRequest, request.method, request.body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(transferTimeoutMs + 30000);

    mt::HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto& [name, value] : reply->rawHeaderPairs())
        response.headers.append({name.toLower(), value});
    response.body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError && response.status == 0)
        response.transportError = reply->errorString();
    reply->deleteLater();
    return response;
}

} // namespace tessera::test
