#include "ApertiumApyServer.h"

#include <signal.h>
#include <unistd.h>

#include <QDeadlineTimer>
#include <QObject>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

#include "mt/ApertiumProtocol.h"
#include "mt/CurlTransport.h"

namespace tessera::testsupport {

namespace {

const QString s_apyProgram = QStringLiteral("apertium-apy");
constexpr int s_apyStartMs = 60000;

} // namespace

ApertiumApyServer::~ApertiumApyServer()
{
    stop();
}

bool ApertiumApyServer::isInstalled()
{
    return !QStandardPaths::findExecutable(s_apyProgram).isEmpty();
}

QString ApertiumApyServer::start()
{
    const QString program = QStandardPaths::findExecutable(s_apyProgram);
    if (program.isEmpty())
        return QStringLiteral("apertium-apy is not installed (Debian packages apertium-apy and apertium-en-es)");
    quint16 port = 0;
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        port = probe.serverPort();
    }
    m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setChildProcessModifier([] { ::setpgid(0, 0); });
    m_process.start(program,
                    {QStringLiteral("-p"), QString::number(port), QStringLiteral("/usr/share/apertium/modes")});
    if (!m_process.waitForStarted())
        return m_process.errorString();
    // Ready once /listPairs answers (APy loads its modes first).
    mt::CurlTransport transport;
    mt::ApertiumProtocol protocol;
    const auto probe = protocol.buildProbe(mt::ProviderSettings{QStringLiteral("apertium"), m_url, {}, {}, {}});
    if (!probe)
        return probe.error().describe();
    QObject context;
    bool ready = false;
    bool waiting = false;
    const QDeadlineTimer deadline(s_apyStartMs);
    while (!ready && isRunning() && !deadline.hasExpired()) {
        if (!waiting) {
            waiting = true;
            transport.send(*probe, mt::TransportTimeouts{1000, 2000}, &context, [&](const mt::HttpResponse& r) {
                ready = r.status == 200;
                waiting = false;
            });
        }
        QTest::qWait(50);
    }
    if (ready)
        return {};
    const QString output = QString::fromLocal8Bit(m_process.readAll());
    stop();
    return QStringLiteral("apertium-apy did not answer on %1: %2").arg(m_url.toString(), output);
}

void ApertiumApyServer::stop()
{
    const qint64 group = m_process.processId();
    if (!isRunning() || group <= 0)
        return;
    ::kill(-pid_t(group), SIGTERM);
    m_process.waitForFinished(10000);
    ::kill(-pid_t(group), SIGKILL); // pipelines still running in APy's group
}

} // namespace tessera::testsupport
