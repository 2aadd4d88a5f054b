// TextHash: a string (a key, a name, a member path) by two 64-bit hashes, for the streaming readers
// and writers that must tell keys apart without keeping them.
#pragma once

#include <QHashFunctions>
#include <QString>

namespace tessera::formats {

// A string (a key, or a member path) by two 64-bit hashes: equal hashes are equal strings but with a
// chance far below that of a flipped bit in memory.
struct TextHash {
    quint64 first = 0;
    quint64 second = 0;
    friend bool operator==(const TextHash&, const TextHash&) = default;
    friend auto operator<=>(const TextHash&, const TextHash&) = default;

    static TextHash of(const QString& text);
    // The path of member `name` of the object or array at `parent`.
    TextHash child(const QString& name) const;
};

inline size_t qHash(const TextHash& hash, size_t seed = 0) noexcept
{
    return size_t(hash.first) ^ seed;
}

} // namespace tessera::formats
