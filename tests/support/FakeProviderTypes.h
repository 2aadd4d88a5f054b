// FakeProviderTypes: what the fake MT provider server records per request and the faults it can inject.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace tessera::test {

// A fault the fake server injects into its next reply (one step of its script).
enum class FakeFault {
    None,            // a correct reply
    ServerError,     // 500 with the provider's error JSON
    TooManyRequests, // 429 with Retry-After and the provider's error JSON
    Hang,            // reads the request and never answers (until the client gives up or the server stops)
    TruncatedBody,   // 200 whose JSON is cut in half (Content-Length matches the cut body)
    MalformedJson,   // 200 whose body is not JSON
    DropConnection,  // reads the request and closes the connection without a byte
    WrongCount,      // 200, valid JSON, one translation too few (or one too many for a single segment)
    Unauthorized,    // the provider's answer to a bad key (401 or 403, its error JSON)
};

struct FakeStep {
    FakeFault fault = FakeFault::None;
    int retryAfterSeconds = 1; // for TooManyRequests
};

// One request as the fake server read it off the socket.
struct FakeRequest {
    QByteArray method;
    QByteArray target;                                // path and query as sent
    QList<std::pair<QByteArray, QByteArray>> headers; // names lower case
    QByteArray body;
    QString problem;                   // empty when the request matched the provider's documented shape
    FakeFault fault = FakeFault::None; // what the server answered with
    qint64 receivedMs = 0;             // when it had fully arrived: steady clock in ms (only differences mean anything)

    QByteArray header(const QByteArray& lowerCaseName) const
    {
        for (const auto& [name, value] : headers)
            if (name == lowerCaseName)
                return value;
        return {};
    }
};

// What the fake server answers (before a fault mangles it).
struct FakeReply {
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
};

} // namespace tessera::test
