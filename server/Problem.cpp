#include "Problem.h"

#include <QJsonDocument>

namespace tessera::server {

namespace {

QString reasonPhrase(QHttpServerResponse::StatusCode status)
{
    using S = QHttpServerResponse::StatusCode;
    switch (status) {
    case S::BadRequest:
        return QStringLiteral("Bad Request");
    case S::NotFound:
        return QStringLiteral("Not Found");
    case S::MethodNotAllowed:
        return QStringLiteral("Method Not Allowed");
    case S::InternalServerError:
        return QStringLiteral("Internal Server Error");
    default:
        return QStringLiteral("HTTP %1").arg(int(status));
    }
}

} // namespace

Problem Problem::http(QHttpServerResponse::StatusCode status, QString detail)
{
    return Problem{status, reasonPhrase(status), std::move(detail), QStringLiteral("about:blank")};
}

QJsonObject Problem::toJson() const
{
    return QJsonObject{{QStringLiteral("type"), type},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("status"), int(status)},
                       {QStringLiteral("detail"), detail}};
}

QHttpServerResponse Problem::toResponse() const
{
    return QHttpServerResponse(QByteArrayLiteral("application/problem+json"),
                               QJsonDocument(toJson()).toJson(QJsonDocument::Compact), status);
}

} // namespace tessera::server
