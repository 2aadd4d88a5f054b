// TerminationSignals: turns SIGTERM, SIGINT and SIGHUP (a logout, `kill`, a service manager stopping
// the session) into QCoreApplication::quit() on the event loop, so aboutToQuit runs and what was typed
// is saved, instead of the process dying with the last keystrokes unsaved. The handler only writes a
// byte to a socket pair (async-signal-safe); a QSocketNotifier reads it on the GUI thread.
#pragma once

#include <QObject>

class QSocketNotifier;

namespace tessera::desktop {

class TerminationSignals final : public QObject {
    Q_OBJECT

public:
    explicit TerminationSignals(QObject* parent = nullptr);
    ~TerminationSignals() override;

    // False when the socket pair or the handlers could not be set up (then the signals kill as before).
    bool isActive() const { return m_notifier != nullptr; }

private:
    void onSignal();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace tessera::desktop
