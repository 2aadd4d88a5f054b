#include "MappedFile.h"

#include <cerrno>
#include <cstring>

#include <QFile>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace tessera::tm {

using domain::ErrorCode;

#ifdef Q_OS_UNIX
namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

// mmap(PROT_READ, MAP_PRIVATE); the descriptor is closed at once, the mapping keeps the file's pages.
struct MappedFile::Platform {
    void* address = MAP_FAILED;
    std::size_t length = 0;
    ~Platform()
    {
        if (address != MAP_FAILED)
            ::munmap(address, length);
    }
};

domain::Result<std::shared_ptr<const MappedFile>> MappedFile::map(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return domain::fail(ErrorCode::NotFound, QStringLiteral("%1: cannot read: %2").arg(path, systemError(errno)));
    std::shared_ptr<MappedFile> file(new MappedFile);
    file->m_platform = std::make_unique<Platform>();
    struct stat info = {};
    if (::fstat(fd, &info) != 0 || info.st_size < 0) {
        const int error = errno;
        ::close(fd);
        return domain::fail(ErrorCode::Io, QStringLiteral("%1: cannot read: %2").arg(path, systemError(error)));
    }
    if (info.st_size > 0) {
        file->m_platform->length = std::size_t(info.st_size);
        file->m_platform->address = ::mmap(nullptr, file->m_platform->length, PROT_READ, MAP_PRIVATE, fd, 0);
        if (file->m_platform->address == MAP_FAILED) {
            const int error = errno;
            ::close(fd);
            return domain::fail(ErrorCode::Io, QStringLiteral("%1: cannot map: %2").arg(path, systemError(error)));
        }
        file->m_data = static_cast<const char*>(file->m_platform->address);
        file->m_size = qint64(info.st_size);
    }
    ::close(fd);
    return std::shared_ptr<const MappedFile>(std::move(file));
}
#else
// QFile::map; the QFile stays open while mapped (closing it unmaps).
struct MappedFile::Platform {
    QFile file;
};

domain::Result<std::shared_ptr<const MappedFile>> MappedFile::map(const QString& path)
{
    std::shared_ptr<MappedFile> file(new MappedFile);
    file->m_platform = std::make_unique<Platform>();
    QFile& f = file->m_platform->file;
    f.setFileName(path);
    if (!f.open(QIODevice::ReadOnly))
        return domain::fail(ErrorCode::NotFound, QStringLiteral("%1: cannot read: %2").arg(path, f.errorString()));
    if (f.size() > 0) {
        const uchar* address = f.map(0, f.size());
        if (!address)
            return domain::fail(ErrorCode::Io, QStringLiteral("%1: cannot map: %2").arg(path, f.errorString()));
        file->m_data = reinterpret_cast<const char*>(address);
        file->m_size = f.size();
    }
    return std::shared_ptr<const MappedFile>(std::move(file));
}
#endif

MappedFile::~MappedFile() = default;

} // namespace tessera::tm
