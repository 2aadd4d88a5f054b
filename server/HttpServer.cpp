#include "HttpServer.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QTcpServer>

#include "HealthRoute.h"
#include "ListenAddress.h"
#include "Problem.h"
#include "ServerLog.h"

namespace tessera::server {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    const char* key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method));
    return key ? QByteArray(key).toUpper() : QByteArrayLiteral("?");
}

} // namespace

HttpServer::HttpServer(QObject* parent)
    : QObject(parent)
    , m_http(new QHttpServer(this))
{
    HealthRoute::install(*m_http);
    m_http->setMissingHandler(this, [](const QHttpServerRequest& request, QHttpServerResponder& responder) {
        qCInfo(lcServer).noquote() << methodName(request.method()) << request.url().path() << "-> 404";
        responder.sendResponse(Problem::http(QHttpServerResponse::StatusCode::NotFound,
                                             QStringLiteral("there is no resource at %1").arg(request.url().path()))
                                   .toResponse());
    });
    m_http->addAfterRequestHandler(this, [](const QHttpServerRequest& request, QHttpServerResponse& response) {
        qCInfo(lcServer).noquote() << methodName(request.method()) << request.url().path() << "->"
                                   << int(response.statusCode());
    });
}

HttpServer::~HttpServer() = default;

domain::Result<quint16> HttpServer::listen(const ListenAddress& address)
{
    auto* tcp = new QTcpServer(m_http);
    if (!tcp->listen(address.host, address.port)) {
        auto error =
            domain::fail(domain::ErrorCode::Io,
                         QStringLiteral("cannot listen on %1: %2").arg(address.url(address.port), tcp->errorString()));
        delete tcp;
        return error;
    }
    const quint16 port = tcp->serverPort();
    if (!m_http->bind(tcp)) {
        delete tcp;
        return domain::fail(domain::ErrorCode::Internal,
                            QStringLiteral("cannot serve HTTP on %1").arg(address.url(port)));
    }
    qCInfo(lcServer).noquote() << "listening on" << address.url(port);
    return port;
}

} // namespace tessera::server
