// ByteOutput: where a writer puts the file it writes, a byte array or a device (the temporary file
// of an export), through a buffer so that a writer can append a few bytes at a time. A device that
// refuses a write makes the output fail: later appends are dropped and finish() names the reason.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include "domain/Result.h"

class QIODevice;

namespace tessera::formats {

class ByteOutput {
public:
    explicit ByteOutput(QByteArray& bytes); // appends to `bytes`
    explicit ByteOutput(QIODevice& device);
    ByteOutput(const ByteOutput&) = delete;
    ByteOutput& operator=(const ByteOutput&) = delete;

    void append(QByteArrayView bytes)
    {
        if (m_bytes) {
            m_bytes->append(bytes);
            return;
        }
        if (bytes.size() >= s_chunk) {
            writeLarge(bytes);
            return;
        }
        m_buffer.append(bytes);
        if (m_buffer.size() >= s_chunk)
            flush();
    }
    void append(char c) { append(QByteArrayView(&c, 1)); }
    // For a byte array: room for `size` more bytes.
    void reserve(qsizetype size);

    // Whether a write to the device failed; writers stop early when it has.
    bool failed() const { return !m_error.isEmpty(); }
    // Writes what is buffered; an Io error naming `fileName` and the device's reason if a write failed.
    domain::Result<void> finish(const QString& fileName);

private:
    void flush();
    void writeLarge(QByteArrayView bytes);
    void write(QByteArrayView bytes);

    static constexpr qsizetype s_chunk = 256 * 1024;
    QByteArray* m_bytes = nullptr;
    QIODevice* m_device = nullptr;
    QByteArray m_buffer;
    QString m_error;
};

} // namespace tessera::formats
