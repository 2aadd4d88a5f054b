// TestServerHealth: starts the real tessera-server on a free loopback port and checks its health
// route, its problem+json errors and how it refuses a bad --listen.
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include "system/Versions.h"

class TestServerHealth : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void healthReportsVersions();
    void unknownRouteIsProblem_data();
    void unknownRouteIsProblem();
    void healthAnswersHead();
    void healthRefusesOtherMethods();
    void badListenAddress_data();
    void badListenAddress();
    void takenPortIsRefused();

private:
    struct Reply {
        int status = 0;
        QByteArray contentType;
        QByteArray allow;
        QByteArray bytes;
        QJsonObject body;
    };
    Reply send(const QByteArray& method, const QString& path);

    QProcess m_server;
    QByteArray m_stdout;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;
};

void TestServerHealth::initTestCase()
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    connect(&m_server, &QProcess::readyReadStandardOutput, this,
            [this] { m_stdout += m_server.readAllStandardOutput(); });
    m_server.setProcessChannelMode(QProcess::SeparateChannels);
    m_server.setProgram(QStringLiteral(TESSERA_SERVER_BINARY));
    m_server.setArguments({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    m_server.start();
    QVERIFY2(m_server.waitForStarted(), qPrintable(m_server.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(m_stdout.contains('\n') || m_server.state() == QProcess::NotRunning, 15000);
    const auto match = QRegularExpression(QStringLiteral("^listening on http://127\\.0\\.0\\.1:(\\d+)$"),
                                          QRegularExpression::MultilineOption)
                           .match(QString::fromUtf8(m_stdout));
    QVERIFY2(match.hasMatch(), m_stdout.constData());
    m_port = quint16(match.captured(1).toUInt());
    QVERIFY(m_port > 0);
}

void TestServerHealth::cleanupTestCase()
{
    if (m_server.state() != QProcess::NotRunning) {
        m_server.terminate();
        if (!m_server.waitForFinished(10000))
            m_server.kill();
    }
}

TestServerHealth::Reply TestServerHealth::send(const QByteArray& method, const QString& path)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
    std::unique_ptr<QNetworkReply> reply(method == "HEAD" ? m_network.head(request)
                                                          : m_network.sendCustomRequest(request, method));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10000))
        return {};
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.contentType = reply->rawHeader("Content-Type");
    result.allow = reply->rawHeader("Allow");
    result.bytes = reply->readAll();
    result.body = QJsonDocument::fromJson(result.bytes).object();
    return result;
}

void TestServerHealth::healthReportsVersions()
{
    const Reply reply = send("GET", QStringLiteral("/api/v1/health"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.contentType, QByteArray("application/json"));
    QCOMPARE(reply.body.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(reply.body.value(QStringLiteral("version")).toString(), tessera::system::tesseraVersion());
    const QJsonObject components = reply.body.value(QStringLiteral("components")).toObject();
    QCOMPARE(components.value(QStringLiteral("Qt")).toString(), QString::fromLatin1(qVersion()));
    for (const auto& [name, version] : tessera::system::componentVersions()) {
        if (name != QLatin1String("Tessera"))
            QCOMPARE(components.value(name).toString(), version);
    }
}

void TestServerHealth::unknownRouteIsProblem_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("root") << QStringLiteral("/");
    QTest::newRow("unknown resource") << QStringLiteral("/api/v1/nothing-here");
    QTest::newRow("other API version") << QStringLiteral("/api/v2/health");
    QTest::newRow("below health") << QStringLiteral("/api/v1/health/extra");
}

void TestServerHealth::unknownRouteIsProblem()
{
    QFETCH(QString, path);
    const Reply reply = send("GET", path);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.contentType, QByteArray("application/problem+json"));
    QCOMPARE(reply.body.value(QStringLiteral("status")).toInt(), 404);
    QCOMPARE(reply.body.value(QStringLiteral("title")).toString(), QStringLiteral("Not Found"));
    QCOMPARE(reply.body.value(QStringLiteral("type")).toString(), QStringLiteral("about:blank"));
    QVERIFY(reply.body.value(QStringLiteral("detail")).toString().contains(path));
}

void TestServerHealth::healthAnswersHead()
{
    const Reply reply = send("HEAD", QStringLiteral("/api/v1/health"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.contentType, QByteArray("application/json"));
    QVERIFY(reply.bytes.isEmpty());
}

void TestServerHealth::healthRefusesOtherMethods()
{
    const Reply reply = send("DELETE", QStringLiteral("/api/v1/health"));
    QCOMPARE(reply.status, 405);
    QCOMPARE(reply.contentType, QByteArray("application/problem+json"));
    QCOMPARE(reply.allow, QByteArray("GET, HEAD"));
    QCOMPARE(reply.body.value(QStringLiteral("status")).toInt(), 405);
}

void TestServerHealth::badListenAddress_data()
{
    QTest::addColumn<QString>("listen");
    QTest::newRow("no port") << QStringLiteral("127.0.0.1");
    QTest::newRow("port too large") << QStringLiteral("127.0.0.1:70000");
    QTest::newRow("port not a number") << QStringLiteral("127.0.0.1:http");
    QTest::newRow("host name") << QStringLiteral("example.invalid:8080");
    QTest::newRow("IPv6 without brackets") << QStringLiteral("::1:8080");
}

void TestServerHealth::badListenAddress()
{
    QFETCH(QString, listen);
    QProcess server;
    server.start(QStringLiteral(TESSERA_SERVER_BINARY), {QStringLiteral("--listen"), listen});
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 2);
    const QByteArray error = server.readAllStandardError();
    QVERIFY2(error.startsWith("tessera-server: error: invalid listen address"), error.constData());
    QVERIFY(server.readAllStandardOutput().isEmpty());
}

void TestServerHealth::takenPortIsRefused()
{
    QProcess server;
    server.start(QStringLiteral(TESSERA_SERVER_BINARY),
                 {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port)});
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitCode(), 4);
    const QByteArray error = server.readAllStandardError();
    QVERIFY2(error.contains("cannot listen on http://127.0.0.1:"), error.constData());
    // The running server is unharmed.
    QCOMPARE(send("GET", QStringLiteral("/api/v1/health")).status, 200);
}

QTEST_GUILESS_MAIN(TestServerHealth)
#include "TestServerHealth.moc"
