// ListenAddress: where tessera-server listens, parsed from "ADDR:PORT" ("127.0.0.1:8080",
// "[::1]:0", "localhost:8080"); port 0 lets the system pick one.
#pragma once

#include <QHostAddress>
#include <QString>

#include "domain/Result.h"

namespace tessera::server {

struct ListenAddress {
    QHostAddress host = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 8080;

    static domain::Result<ListenAddress> parse(const QString& text);
    // "http://HOST:PORT" with IPv6 hosts in brackets; `actualPort` replaces a port of 0.
    QString url(quint16 actualPort) const;
};

} // namespace tessera::server
