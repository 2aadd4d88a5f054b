#include "FileSaver.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace tessera::project {

using domain::ErrorCode;
using domain::fail;

domain::Result<void> FileSaver::save(const QString& path, const QByteArray& data)
{
    return save(path, [&](QIODevice& file) -> domain::Result<void> {
        if (file.write(data) != data.size())
            return fail(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
        return {};
    });
}

domain::Result<void> FileSaver::save(const QString& path, const std::function<domain::Result<void>(QIODevice&)>& write)
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
    if (auto written = write(file); !written) {
        // The device's own error names the path; an error of the writer (bad data, the store) is its own.
        const bool device = file.error() != QFileDevice::NoError;
        const QString reason = file.errorString();
        file.cancelWriting();
        if (device)
            return fail(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, reason));
        return written;
    }
    if (!file.commit())
        return fail(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace tessera::project
