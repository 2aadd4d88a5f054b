// ApertiumApyServer: a real Apertium APy (Debian's apertium-apy with its installed language pairs) started
// by a test on a free loopback port, in a process group of its own, and stopped with everything it
// started.
#pragma once

#include <QProcess>
#include <QString>
#include <QUrl>

namespace tessera::testsupport {

class ApertiumApyServer {
public:
    ApertiumApyServer() = default;
    ~ApertiumApyServer();
    ApertiumApyServer(const ApertiumApyServer&) = delete;
    ApertiumApyServer& operator=(const ApertiumApyServer&) = delete;

    // Whether apertium-apy is on the PATH.
    static bool isInstalled();
    // Starts APy and waits (up to a minute) until its /listPairs answers; empty when it does, else what
    // went wrong with APy's output.
    QString start();
    // Stops APy and the translation pipelines it started (they inherit its listening socket, so
    // stopping APy alone would leave a port that accepts connections and never answers).
    void stop();

    QUrl url() const { return m_url; }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

private:
    QProcess m_process;
    QUrl m_url;
};

} // namespace tessera::testsupport
