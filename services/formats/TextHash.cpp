#include "TextHash.h"

namespace tessera::formats {

TextHash TextHash::of(const QString& text)
{
    return {quint64(qHash(text, size_t(0x9E3779B97F4A7C15ULL))), quint64(qHash(text, size_t(0xC2B2AE3D27D4EB4FULL)))};
}

TextHash TextHash::child(const QString& name) const
{
    return {quint64(qHash(name, size_t(first * 0x100000001B3ULL + 0x27D4EB2F165667C5ULL))),
            quint64(qHash(name, size_t(second ^ 0x94D049BB133111EBULL)))};
}

} // namespace tessera::formats
