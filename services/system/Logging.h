// Logging: routes Qt's logging categories (tessera.store, tessera.sync, …) into spdlog: a rotating
// file in the log folder and the console.
#pragma once

#include <QString>

namespace tessera::system {

struct LogOptions {
    QString directory; // rotating file tessera.log here; empty: console only
    QString fileName = QStringLiteral("tessera.log");
    bool verboseConsole = false; // console shows info and up; otherwise warnings and up
};

// Installs the Qt message handler; call once, early in main().
void installLogging(const LogOptions& options);
// The default folder for log files: <app data>/logs.
QString defaultLogDirectory();

} // namespace tessera::system
