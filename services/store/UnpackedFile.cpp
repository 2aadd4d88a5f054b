#include "UnpackedFile.h"

#include <QDir>

namespace tessera::store {

namespace {

// Opens `file` as a new temporary file in `folder`.
bool openIn(QTemporaryFile& file, const QString& folder)
{
    file.setFileTemplate(QDir(folder).filePath(QStringLiteral(".tessera-original-XXXXXX")));
    return file.open();
}

} // namespace

domain::Result<std::unique_ptr<UnpackedFile>> UnpackedFile::open(const BlobCodec::Packed& packed, const QString& folder,
                                                                 const QString& what)
{
    return open([&](QIODevice& out, const QString& outName) { return BlobCodec::unpackTo(packed, out, what, outName); },
                folder, what);
}

domain::Result<std::unique_ptr<UnpackedFile>> UnpackedFile::open(const Unpack& unpack, const QString& folder,
                                                                 const QString& what)
{
    std::unique_ptr<UnpackedFile> unpacked(new UnpackedFile);
    QTemporaryFile& file = unpacked->m_file;
    if (!openIn(file, folder) && !openIn(file, QDir::tempPath()))
        return domain::fail(domain::ErrorCode::Io,
                            QStringLiteral("cannot make a temporary file for %1 in %2 or in %3: %4")
                                .arg(what, QDir::toNativeSeparators(folder), QDir::toNativeSeparators(QDir::tempPath()),
                                     file.errorString()));
    const QString name = QDir::toNativeSeparators(file.fileName());
    auto size = unpack(file, name);
    if (!size)
        return std::unexpected(size.error());
    // A NUL after the bytes, as a QByteArray has: a reader that looks one past the end finds it
    // instead of running off the mapping.
    if (!file.putChar('\0') || !file.flush())
        return domain::fail(
            domain::ErrorCode::Io,
            QStringLiteral("cannot write the unpacked copy of %1 to %2: %3").arg(what, name, file.errorString()));
    unpacked->m_map = file.map(0, *size + 1);
    if (!unpacked->m_map)
        return domain::fail(
            domain::ErrorCode::Io,
            QStringLiteral("cannot map %1 (the unpacked copy of %2): %3").arg(name, what, file.errorString()));
    unpacked->m_bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(unpacked->m_map), qsizetype(*size));
    // The mapping needs no name: removed now, the file cannot outlive a crash (where an open file
    // cannot be removed, it goes when this is destroyed).
    QFile::remove(file.fileName());
    return unpacked;
}

UnpackedFile::~UnpackedFile()
{
    m_bytes = QByteArray();
    if (m_map)
        m_file.unmap(m_map);
}

} // namespace tessera::store
