// HttpServer: tessera-server's HTTP endpoint: binds the listening socket, installs the routes and
// answers everything else with a 404 problem+json.
#pragma once

#include <QObject>

#include "domain/Result.h"

class QHttpServer;
class QTcpServer;

namespace tessera::server {

struct ListenAddress;

class HttpServer : public QObject {
    Q_OBJECT

public:
    explicit HttpServer(QObject* parent = nullptr);
    ~HttpServer() override;

    // Starts listening; the port actually bound (the one the system picked for port 0).
    domain::Result<quint16> listen(const ListenAddress& address);

private:
    QHttpServer* m_http;
};

} // namespace tessera::server
