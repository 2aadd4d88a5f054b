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

void ByteOutput::writeUtf16Like(QByteArrayView original)
{
    const bool littleEndian = original.startsWith("\xFF\xFE");
    if (!littleEndian && !original.startsWith("\xFE\xFF"))
        return;
    flush();
    deliver(original.first(2));
    m_fromUtf8.emplace(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    m_toUtf16.emplace(littleEndian ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                      QStringConverter::Flag::Default);
}

void ByteOutput::write(QByteArrayView bytes)
{
    if (!m_toUtf16) {
        deliver(bytes);
        return;
    }
    const QString text = m_fromUtf8->decode(bytes);
    const QByteArray encoded = m_toUtf16->encode(text);
    deliver(encoded);
}

void ByteOutput::deliver(QByteArrayView bytes)
{
    if (m_bytes) {
        m_bytes->append(bytes);
        return;
    }
    if (m_error.isEmpty() && m_device->write(bytes.data(), bytes.size()) != bytes.size()) {
        m_error = m_device->errorString();
        if (m_error.isEmpty())
            m_error = QStringLiteral("the device refused a write");
    }
}

void ByteOutput::flush()
{
    if (m_buffer.isEmpty())
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
