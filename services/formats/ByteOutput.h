// ByteOutput: where a writer puts the file it writes, a byte array or a device (the temporary file
// of an export), through a buffer so that a writer can append a few bytes at a time. A device that
// refuses a write makes the output fail: later appends are dropped and finish() names the reason.
// Writers append UTF-8; an output made to write UTF-16 (writeUtf16Like) converts it chunk by chunk.
#pragma once

#include <optional>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>
#include <QStringEncoder>

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
        if (m_bytes && !m_toUtf16) {
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

    // When `original` starts with a UTF-16 byte order mark: writes that mark, and from then on writes
    // the UTF-8 appended as UTF-16 in its byte order (an XML file written back in its own encoding,
    // a chunk at a time, never the whole file converted at once). Nothing changes for other files.
    // Then finish() must be called for a byte array too.
    void writeUtf16Like(QByteArrayView original);

    // Whether a write to the device failed; writers stop early when it has.
    bool failed() const { return !m_error.isEmpty(); }
    // Writes what is buffered; an Io error naming `fileName` and the device's reason if a write failed.
    domain::Result<void> finish(const QString& fileName);

private:
    void flush();
    void writeLarge(QByteArrayView bytes);
    void write(QByteArrayView bytes);   // converted when writing UTF-16
    void deliver(QByteArrayView bytes); // to the byte array or the device

    static constexpr qsizetype s_chunk = 256 * 1024;
    QByteArray* m_bytes = nullptr;
    QIODevice* m_device = nullptr;
    QByteArray m_buffer;
    QString m_error;
    std::optional<QStringDecoder> m_fromUtf8; // stateful: a sequence may span two chunks
    std::optional<QStringEncoder> m_toUtf16;
};

} // namespace tessera::formats
