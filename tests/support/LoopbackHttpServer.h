// LoopbackHttpServer: the tests' one raw HTTP/1.1 server on 127.0.0.1: keep-alive, a handler per request,
// and replies that can be delayed, never sent, close the connection, or drop it without a byte.
#pragma once

#include <functional>
#include <utility>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace tessera::testsupport {

// Lives on the thread it was created on (or moved to); the handler runs there, once per request.
class LoopbackHttpServer final : public QObject {
    Q_OBJECT

public:
    struct Request {
        QByteArray method;
        QByteArray path;                                  // with the query
        QList<std::pair<QByteArray, QByteArray>> headers; // names in lower case
        QByteArray body;

        QByteArray header(const QByteArray& lowerCaseName) const
        {
            for (const auto& [name, value] : headers)
                if (name == lowerCaseName)
                    return value;
            return {};
        }
    };
    struct Reply {
        int status = 200;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int delayMs = 0;         // answer after this long
        bool hang = false;       // never answer (the client's timeout or cancel must end it)
        bool drop = false;       // close the connection without sending a byte
        bool closeAfter = false; // send "Connection: close" and close once the reply is written
    };
    using Handler = std::function<Reply(const Request&)>;

    explicit LoopbackHttpServer(Handler handler, QObject* parent = nullptr);
    ~LoopbackHttpServer() override;

    bool listen(); // on a free port of 127.0.0.1
    // Stops listening and aborts every open connection, hanging ones too.
    void close();
    quint16 port() const;
    QUrl url() const; // http://127.0.0.1:PORT

    int requestCount() const { return m_requests; }
    int connectionCount() const { return m_connections; }  // accepted so far
    int closedConnectionCount() const { return m_closed; } // closed by the client so far

Q_SIGNALS:
    void requestReceived();
    void connectionClosed();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void answer(QTcpSocket* socket, const Reply& reply);

    Handler m_handler;
    QTcpServer* m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QHash<QTcpSocket*, bool> m_continued; // "100 Continue" sent for the request being read
    int m_requests = 0;
    int m_connections = 0;
    int m_closed = 0;
};

} // namespace tessera::testsupport
