// FullDevice: a device that takes `room` bytes and then refuses every write, as a full disk does.
#pragma once

#include <QByteArray>
#include <QIODevice>

namespace tessera::testsupport {

class FullDevice final : public QIODevice {
public:
    explicit FullDevice(qint64 room)
        : m_room(room)
    {
        open(QIODevice::WriteOnly);
    }
    QByteArray written;

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        if (size > m_room - written.size()) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        written.append(data, size);
        return size;
    }

private:
    qint64 m_room;
};

} // namespace tessera::testsupport
