// Problem: an RFC 9457 problem detail, the body of every error tessera-server sends
// (application/problem+json).
#pragma once

#include <QHttpServerResponse>
#include <QJsonObject>
#include <QString>

namespace tessera::server {

struct Problem {
    QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::InternalServerError;
    QString title;  // short, the same for every occurrence of this kind of problem
    QString detail; // this occurrence
    QString type = QStringLiteral("about:blank");

    // A problem of the plain HTTP kind: type about:blank, the status phrase as title.
    static Problem http(QHttpServerResponse::StatusCode status, QString detail);

    QJsonObject toJson() const;
    QHttpServerResponse toResponse() const;
};

} // namespace tessera::server
