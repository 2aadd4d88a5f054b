// ConnectionProbe: sends one provider probe request (Test connection) through QNetworkAccessManager and
// reports the reply; the MT engine's transport will take this over.
#pragma once

#include <QNetworkReply>
#include <QObject>
#include <QPointer>

#include "mt/MtTypes.h"

class QNetworkAccessManager;

namespace tessera::ui::settings {

class ConnectionProbe final : public QObject {
    Q_OBJECT

public:
    ConnectionProbe(QNetworkAccessManager& manager, QObject* parent = nullptr);
    ~ConnectionProbe() override;

    // Aborts a probe still running; `finished` follows once for the new one.
    void send(const mt::HttpRequest& request, int timeoutMs = 15000);
    bool isRunning() const { return m_reply != nullptr; }

Q_SIGNALS:
    void finished(const tessera::mt::HttpResponse& response);

private:
    QNetworkAccessManager& m_manager;
    QPointer<QNetworkReply> m_reply;
};

} // namespace tessera::ui::settings
