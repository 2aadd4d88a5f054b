// Versions: the versions of Tessera and the libraries it runs on, for --version and the About dialog.
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace tessera::system {

// (component, version) pairs in display order: Tessera, Qt, KF6, SQLite, libcurl, spdlog.
QList<QPair<QString, QString>> componentVersions();
QString tesseraVersion();

} // namespace tessera::system
