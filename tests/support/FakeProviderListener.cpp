// FakeProviderListener: the fake provider's raw HTTP/1.1 side on its own thread: reads requests off
// QTcpSockets, asks the responder, and writes (or withholds, cuts, drops) the reply as scripted.
#include "FakeProviderListener.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

#include "FakeProviderResponder.h"

namespace tessera::test {

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 456:
        return "Quota Exceeded";
    default:
        return "Internal Server Error";
    }
}

} // namespace

FakeProviderListener::FakeProviderListener(std::shared_ptr<FakeProviderState> state)
    : m_state(std::move(state))
{}

FakeProviderListener::~FakeProviderListener() = default;

quint16 FakeProviderListener::listen()
{
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::newConnection, this, &FakeProviderListener::accept);
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        return 0;
    return m_server->serverPort();
}

void FakeProviderListener::stop()
{
    if (m_server)
        m_server->close();
    const auto sockets = m_buffers.keys();
    for (QTcpSocket* socket : sockets)
        socket->abort();
}

void FakeProviderListener::accept()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            m_continued.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeProviderListener::read(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;

    FakeRequest request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = lines[i].left(colon).trimmed().toLower();
        const QByteArray value = lines[i].mid(colon + 1).trimmed();
        request.headers.append({name, value});
        if (name == "content-length")
            contentLength = value.toLongLong();
    }
    if (request.header("expect").toLower() == "100-continue" && !m_continued.value(socket)) {
        m_continued.insert(socket, true);
        socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    }
    if (buffer.size() < headerEnd + 4 + contentLength)
        return; // the body is still coming
    request.body = buffer.mid(headerEnd + 4, contentLength);
    buffer.remove(0, headerEnd + 4 + contentLength);
    handle(socket, std::move(request));
}

void FakeProviderListener::handle(QTcpSocket* socket, FakeRequest request)
{
    FakeStep step;
    QString protocol;
    QString key;
    {
        QMutexLocker lock(&m_state->mutex);
        if (!m_state->script.isEmpty())
            step = m_state->script.takeFirst();
        protocol = m_state->protocol;
        key = m_state->key;
    }
    request.fault = step.fault;
    FakeReply reply;
    if (step.fault != FakeFault::Hang && step.fault != FakeFault::DropConnection)
        reply = FakeProviderResponder(protocol, key).respond(request, step.fault);
    else
        FakeProviderResponder(protocol, key).respond(request, FakeFault::None); // still checks the shape

    int index = 0;
    {
        QMutexLocker lock(&m_state->mutex);
        m_state->requests.append(request);
        index = int(m_state->requests.size()) - 1;
    }

    if (step.fault == FakeFault::DropConnection) {
        socket->abort();
    } else if (step.fault != FakeFault::Hang) {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reason(reply.status) + "\r\n";
        out += "Content-Type: application/json\r\n";
        out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
        out += "Connection: close\r\n";
        if (step.fault == FakeFault::TooManyRequests)
            out += "Retry-After: " + QByteArray::number(step.retryAfterSeconds) + "\r\n";
        for (const auto& [name, value] : reply.headers)
            out += name + ": " + value + "\r\n";
        out += "\r\n" + reply.body;
        socket->write(out);
        socket->disconnectFromHost(); // after the bytes are written
    }
    Q_EMIT requestSeen(index);
}

} // namespace tessera::test
