// TempWorkspace: a workspace in a temporary folder, removed after the test, with a settable clock.
#pragma once

#include <memory>

#include <QTemporaryDir>

#include "FakeClock.h"
#include "store/Workspace.h"

namespace tessera::testsupport {

class TempWorkspace {
public:
    TempWorkspace();
    ~TempWorkspace();

    bool isValid() const { return m_workspace != nullptr; }
    QString error() const { return m_error; }
    QString path() const { return m_dir.path(); }
    store::Workspace& operator*() { return *m_workspace; }
    store::Workspace* operator->() { return m_workspace.get(); }
    FakeClock& clock() { return m_clock; }

    // Closes and opens the workspace again (read-write), as after a restart.
    bool reopen();
    void close();

private:
    QTemporaryDir m_dir;
    FakeClock m_clock;
    std::unique_ptr<store::Workspace> m_workspace;
    QString m_error;
};

} // namespace tessera::testsupport
