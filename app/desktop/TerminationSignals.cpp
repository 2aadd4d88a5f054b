#include "TerminationSignals.h"

#include <csignal>

#include <sys/socket.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>

namespace tessera::desktop {

namespace {

Q_LOGGING_CATEGORY(lcSignals, "tessera.desktop")

int s_sockets[2] = {-1, -1};

void handle(int signal)
{
    const char byte = char(signal);
    [[maybe_unused]] const auto written = ::write(s_sockets[0], &byte, 1);
}

} // namespace

TerminationSignals::TerminationSignals(QObject* parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, s_sockets) != 0) {
        qCWarning(lcSignals) << "cannot watch for SIGTERM: socketpair failed";
        return;
    }
    m_notifier = new QSocketNotifier(s_sockets[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationSignals::onSignal);
    struct sigaction action = {};
    action.sa_handler = handle;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signal : {SIGTERM, SIGINT, SIGHUP})
        ::sigaction(signal, &action, nullptr);
}

TerminationSignals::~TerminationSignals()
{
    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    for (const int signal : {SIGTERM, SIGINT, SIGHUP})
        ::sigaction(signal, &action, nullptr);
    for (int& socket : s_sockets) {
        if (socket >= 0)
            ::close(std::exchange(socket, -1));
    }
}

void TerminationSignals::onSignal()
{
    char byte = 0;
    if (::read(s_sockets[1], &byte, 1) != 1)
        return;
    qCInfo(lcSignals) << "signal" << int(byte) << "received: saving and quitting";
    QCoreApplication::quit();
}

} // namespace tessera::desktop
