#include "Id.h"

#include <array>
#include <mutex>
#include <random>

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

namespace tessera::domain {

QString newId()
{
    static std::mutex s_mutex;
    static qint64 s_lastMs = 0;
    static quint32 s_counter = 0;
    // The random bits from a generator seeded once from the system's: asking the system for every id
    // (RDRAND, or a system call) cost a bulk import a twentieth of its storing thread.
    static std::mt19937_64 s_random = [] {
        std::seed_seq seed{QRandomGenerator::system()->generate(), QRandomGenerator::system()->generate(),
                           QRandomGenerator::system()->generate(), QRandomGenerator::system()->generate(),
                           QRandomGenerator::system()->generate(), QRandomGenerator::system()->generate(),
                           QRandomGenerator::system()->generate(), QRandomGenerator::system()->generate()};
        return std::mt19937_64(seed);
    }();

    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    quint32 counter;
    quint64 random;
    {
        const std::lock_guard lock(s_mutex);
        if (ms <= s_lastMs) { // same millisecond (or the clock went back): count on, stay ordered
            ms = s_lastMs;
            if (++s_counter > 0xfff) {
                ++ms;
                s_counter = 0;
            }
        } else {
            s_counter = quint32(s_random() & 0x3ff); // leave room to count up
        }
        s_lastMs = ms;
        counter = s_counter;
        random = s_random();
    }

    std::array<uchar, 16> bytes{};
    for (int i = 0; i < 6; ++i)
        bytes[std::size_t(i)] = uchar(ms >> (8 * (5 - i)));
    bytes[6] = uchar(0x70 | ((counter >> 8) & 0x0f)); // version 7, counter high bits
    bytes[7] = uchar(counter & 0xff);
    for (int i = 8; i < 16; ++i)
        bytes[std::size_t(i)] = uchar(random >> (8 * (15 - i)));
    bytes[8] = uchar(0x80 | (bytes[8] & 0x3f)); // RFC 9562 variant
    return QUuid::fromRfc4122(QByteArrayView(bytes.data(), bytes.size())).toString(QUuid::WithoutBraces);
}

} // namespace tessera::domain
