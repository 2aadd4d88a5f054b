#include "HealthRoute.h"

#include <QHttpHeaders>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>

#include "Problem.h"
#include "system/Versions.h"

namespace tessera::server {

QJsonObject HealthRoute::body()
{
    QJsonObject components;
    for (const auto& [name, version] : system::componentVersions()) {
        if (name != QLatin1String("Tessera")) // that one is "version"
            components.insert(name, version);
    }
    return QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                       {QStringLiteral("version"), system::tesseraVersion()},
                       {QStringLiteral("components"), components}};
}

void HealthRoute::install(QHttpServer& http)
{
    http.route(QString::fromLatin1(path), [](const QHttpServerRequest& request) {
        if (request.method() != QHttpServerRequest::Method::Get &&
            request.method() != QHttpServerRequest::Method::Head) {
            QHttpServerResponse response =
                Problem::http(QHttpServerResponse::StatusCode::MethodNotAllowed,
                              QStringLiteral("%1 accepts only GET and HEAD").arg(QLatin1StringView(path)))
                    .toResponse();
            QHttpHeaders headers = response.headers();
            headers.append(QHttpHeaders::WellKnownHeader::Allow, "GET, HEAD");
            response.setHeaders(std::move(headers));
            return response;
        }
        return QHttpServerResponse(body());
    });
}

} // namespace tessera::server
