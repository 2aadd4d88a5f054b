#include "ByteOutput.h"

#include <QIODevice>

namespace tessera::formats {

ByteOutput::ByteOutput(QByteArray& bytes)
    : m_bytes(&bytes)
{}

ByteOutput::ByteOutput(QIODevice& device)
    : m_device(&device)
{
    m_buffer.reserve(s_chunk + 4096);
}

void ByteOutput::reserve(qsizetype size)
{
    if (m_bytes)
        m_bytes->reserve(m_bytes->size() + size);
}

void ByteOutput::write(QByteArrayView bytes)
{
    if (m_error.isEmpty() && m_device->write(bytes.data(), bytes.size()) != bytes.size()) {
        m_error = m_device->errorString();
        if (m_error.isEmpty())
            m_error = QStringLiteral("the device refused a write");
    }
}

void ByteOutput::flush()
{
    if (!m_device || m_buffer.isEmpty())
        return;
    write(m_buffer);
    m_buffer.resize(0); // keeps the buffer's room
}

void ByteOutput::writeLarge(QByteArrayView bytes)
{
    flush();
    write(bytes);
}

domain::Result<void> ByteOutput::finish(const QString& fileName)
{
    flush();
    if (m_error.isEmpty())
        return {};
    return domain::fail(domain::ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(fileName, m_error));
}

} // namespace tessera::formats
