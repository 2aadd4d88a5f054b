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
    // The folders this save makes, deepest first: a save that fails takes them away again (those
    // still empty), so that a failed export leaves the disk as it was.
    QStringList made;
    for (QFileInfo dir(folder); !dir.exists() && !dir.isRoot(); dir = QFileInfo(dir.absolutePath()))
        made.append(dir.absoluteFilePath());
    const auto failed = [&](const QString& reason) {
        for (const QString& dir : std::as_const(made))
            QDir().rmdir(dir);
        return fail(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, reason));
    };
    if (!QFileInfo(folder).isDir() && !QDir().mkpath(folder))
        return failed(QStringLiteral("cannot create the folder %1").arg(folder));
    if (info.isDir())
        return fail(ErrorCode::Io, QStringLiteral("cannot write %1: it is a folder").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    if (auto written = write(file); !written) {
        // The device's own error names the path; an error of the writer (bad data, the store) is its own.
        const bool device = file.error() != QFileDevice::NoError;
        const QString reason = file.errorString();
        file.cancelWriting();
        file.commit(); // discards the temporary file now (after cancelWriting() it only does that)
        auto error = failed(reason);
        if (device)
            return error;
        return written;
    }
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

} // namespace tessera::project
