// FileSaver: writes a whole file through a temporary file renamed into place, so a failed write
// leaves the old file as it was.
#pragma once

#include <functional>

#include <QByteArray>
#include <QString>

class QIODevice;

#include "domain/Result.h"

namespace tessera::project {

class FileSaver {
public:
    // Creates the missing folders of `path`, then writes `data` with QSaveFile (temporary file +
    // rename). Fails with ErrorCode::Io, naming the path and the reason.
    static domain::Result<void> save(const QString& path, const QByteArray& data);
    // The same with the file's bytes written by `write` straight into the temporary file as it makes
    // them: an error from `write`, or a write the device refused, leaves the old file as it was.
    static domain::Result<void> save(const QString& path, const std::function<domain::Result<void>(QIODevice&)>& write);
};

} // namespace tessera::project
