// MappedFile: a whole file mapped read-only (private), so a TM's index file is read in place instead of
// copied onto the heap. The mapping stays valid when the file is replaced by a rename or deleted.
#pragma once

#include <memory>

#include <QString>

#include "domain/Result.h"

namespace tessera::tm {

class MappedFile {
public:
    // Maps the whole of `path`; an empty file maps to no bytes. Fails when the file cannot be opened
    // or mapped.
    static domain::Result<std::shared_ptr<const MappedFile>> map(const QString& path);

    ~MappedFile();
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    const char* data() const { return m_data; }
    qint64 size() const { return m_size; }

private:
    MappedFile() = default;
    const char* m_data = nullptr;
    qint64 m_size = 0;
    struct Platform;
    std::unique_ptr<Platform> m_platform;
};

} // namespace tessera::tm
