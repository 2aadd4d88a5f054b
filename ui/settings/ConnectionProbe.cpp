// ConnectionProbe: sends one provider probe request (Test connection) through QNetworkAccessManager and
// reports the reply; the MT engine's transport will take this over.
#include "ConnectionProbe.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace tessera::ui::settings {

ConnectionProbe::ConnectionProbe(QNetworkAccessManager& manager, QObject* parent)
    : QObject(parent)
    , m_manager(manager)
{}

ConnectionProbe::~ConnectionProbe()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void ConnectionProbe::send(const mt::HttpRequest& request, int timeoutMs)
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    QNetworkRequest networkRequest(request.url);
    for (const auto& [name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    networkRequest.setTransferTimeout(timeoutMs);
    QNetworkReply* reply = m_manager.sendCustomRequest(networkRequest, request.method, request.body);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        mt::HttpResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        for (const auto& [name, value] : reply->rawHeaderPairs())
            response.headers.append({name.toLower(), value});
        response.body = reply->readAll();
        if (response.status == 0)
            response.transportError = reply->errorString();
        m_reply = nullptr;
        reply->deleteLater();
        Q_EMIT finished(response);
    });
}

} // namespace tessera::ui::settings
