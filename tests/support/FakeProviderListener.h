// FakeProviderListener: the fake provider's raw HTTP/1.1 side on its own thread: reads requests off
// QTcpSockets, asks the responder, and writes (or withholds, cuts, drops) the reply as scripted.
#pragma once

#include <memory>

#include <QHash>
#include <QObject>
#include <QPointer>

#include "FakeProviderState.h"

class QTcpServer;
class QTcpSocket;

namespace tessera::test {

class FakeProviderListener final : public QObject {
    Q_OBJECT

public:
    explicit FakeProviderListener(std::shared_ptr<FakeProviderState> state);
    ~FakeProviderListener() override;

    // Listens on 127.0.0.1 with a free port; 0 when that fails. Call on the listener's thread.
    quint16 listen();
    // Closes every connection, hanging ones too. Call on the listener's thread.
    void stop();

Q_SIGNALS:
    void requestSeen(int index);

private:
    void accept();
    void read(QTcpSocket* socket);
    void handle(QTcpSocket* socket, FakeRequest request);

    std::shared_ptr<FakeProviderState> m_state;
    QTcpServer* m_server = nullptr;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QHash<QTcpSocket*, bool> m_continued; // 100 Continue already sent
};

} // namespace tessera::test
