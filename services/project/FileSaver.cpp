#include "FileSaver.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace tessera::project {

using domain::ErrorCode;
using domain::fail;

domain::Result<void> FileSaver::save(const QString& path, const QByteArray& data)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    if (!QFileInfo(folder).isDir() && !QDir().mkpath(folder))
        return fail(ErrorCode::Io, QStringLiteral("cannot write %1: cannot create the folder %2").arg(path, folder));
    if (info.isDir())
        return fail(ErrorCode::Io, QStringLiteral("cannot write %1: it is a folder").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    if (file.write(data) != data.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, reason));
    }
    if (!file.commit())
        return fail(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace tessera::project
