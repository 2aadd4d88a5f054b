// TestEditHook: lets a test drive the real desktop application in a child process (offscreen): with
// TESSERA_TEST_EDIT="DOCUMENT_ID|SEGMENT_KEY|TEXT" set, once the window is up it opens the document,
// goes to the segment, types TEXT into the translation key by key as a user would, and prints
// "tessera-test: typed" on stdout, then "tessera-test: saved" once the store has what the field shows.
// The test then kills the process and looks for the text in the workspace. Unset, it does nothing.
#pragma once

#include <QObject>
#include <QString>

namespace tessera::store {
class Workspace;
}

namespace tessera::ui::shell {
class MainWindow;
}

namespace tessera::desktop {

class TestEditHook final : public QObject {
    Q_OBJECT

public:
    // Starts from the event loop when the variable is set; the window and workspace must outlive it.
    static void startIfRequested(ui::shell::MainWindow& window, store::Workspace& workspace);

private:
    TestEditHook(ui::shell::MainWindow& window, store::Workspace& workspace, QString spec);
    void run();
    void waitUntilSaved();

    ui::shell::MainWindow& m_window;
    store::Workspace& m_workspace;
    QString m_spec;
};

} // namespace tessera::desktop
