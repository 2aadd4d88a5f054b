// HealthRoute: GET /api/v1/health, for load balancers and clients checking that the server is up
// and which versions it runs.
#pragma once

#include <QJsonObject>

class QHttpServer;

namespace tessera::server {

class HealthRoute {
public:
    static constexpr const char* path = "/api/v1/health";

    static void install(QHttpServer& http);
    // {"status": "ok", "version": "0.1.0", "components": {"Qt": "6.8.2", …}}
    static QJsonObject body();
};

} // namespace tessera::server
