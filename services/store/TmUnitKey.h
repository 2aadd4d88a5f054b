// TmUnitKey: the 64-bit dedupe key of a TM unit and the UTF-8 of the fields it is made of.
#pragma once

#include <array>
#include <span>

#include <QByteArray>
#include <QByteArrayView>

namespace tessera::domain {
struct TmUnit;
}

namespace tessera::store {

// The key is FNV-1a over the UTF-8 of the TM name, source language, target language, source and
// target, each ended by a 0 byte. SQL computes the same value as tessera_tm_key() (Database, for
// migrations); TmRepository computes it here, from the bytes it binds anyway, and compares a key hit
// field by field, since different units may share a key.
class TmUnitKey {
public:
    static constexpr int s_fields = 5;

    static quint64 hash(std::span<const QByteArrayView> fields);

    // Encodes the key fields of `unit` into buffers reused from one unit to the next and returns its key.
    quint64 set(const domain::TmUnit& unit);
    quint64 value() const { return m_value; }
    // Field i (0 TM name, 1 source language, 2 target language, 3 source, 4 target) as UTF-8, valid
    // until the next set().
    QByteArrayView field(int i) const { return m_views[std::size_t(i)]; }

private:
    std::array<QByteArray, s_fields> m_buffers;
    std::array<QByteArrayView, s_fields> m_views;
    quint64 m_value = 0;
};

} // namespace tessera::store
