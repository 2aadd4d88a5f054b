// FileSaver: writes a whole file through a temporary file renamed into place, so a failed write
// leaves the old file as it was.
#pragma once

#include <QByteArray>
#include <QString>

#include "domain/Result.h"

namespace tessera::project {

class FileSaver {
public:
    // Creates the missing folders of `path`, then writes `data` with QSaveFile (temporary file +
    // rename). Fails with ErrorCode::Io, naming the path and the reason.
    static domain::Result<void> save(const QString& path, const QByteArray& data);
};

} // namespace tessera::project
