// Utf8: the length of one well-formed UTF-8 sequence, as the JSON and .strings readers check
// their bytes (no overlong forms, no surrogates, nothing past U+10FFFF).
#pragma once

#include <QByteArray>

namespace tessera::formats::Utf8 {

// The length of the valid UTF-8 sequence at `pos` (1 to 4), 0 when it is not one.
inline int sequenceLength(const QByteArray& data, qsizetype pos)
{
    const auto byte = [&](qsizetype i) { return i < data.size() ? quint8(data[i]) : 0; };
    const quint8 b0 = byte(pos);
    if (b0 < 0x80)
        return 1;
    const auto cont = [&](qsizetype i) { return (byte(i) & 0xC0) == 0x80; };
    if (b0 >= 0xC2 && b0 <= 0xDF)
        return cont(pos + 1) ? 2 : 0;
    if (b0 >= 0xE0 && b0 <= 0xEF) {
        const quint8 b1 = byte(pos + 1);
        if ((b0 == 0xE0 && b1 < 0xA0) || (b0 == 0xED && b1 >= 0xA0))
            return 0; // overlong or a surrogate
        return cont(pos + 1) && cont(pos + 2) ? 3 : 0;
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
        const quint8 b1 = byte(pos + 1);
        if ((b0 == 0xF0 && b1 < 0x90) || (b0 == 0xF4 && b1 >= 0x90))
            return 0;
        return cont(pos + 1) && cont(pos + 2) && cont(pos + 3) ? 4 : 0;
    }
    return 0;
}

} // namespace tessera::formats::Utf8
