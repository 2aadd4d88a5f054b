#include "WordDictionary.h"

#include <cstring>

namespace tessera::tm {

quint64 WordDictionary::hash(QStringView word)
{
    // FNV-1a over the code units, then a final mix so the low bits (the slot) depend on every unit.
    quint64 h = 0xcbf29ce484222325ULL;
    for (const QChar c : word)
        h = (h ^ c.unicode()) * 0x100000001b3ULL;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

std::size_t WordDictionary::slot(QStringView word, quint64 h) const
{
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = std::size_t(h) & mask;; i = (i + 1) & mask) {
        const quint64 entry = m_slots[i];
        if (entry == 0)
            return i;
        if (tag(entry) == tag(h)) {
            const QStringView known = this->word(quint32(entry) - 1);
            if (known.size() == word.size() &&
                std::memcmp(known.data(), word.data(), std::size_t(word.size()) * sizeof(char16_t)) == 0)
                return i;
        }
    }
}

void WordDictionary::grow()
{
    const std::size_t size = m_slots.empty() ? 1024 : m_slots.size() * 2;
    m_slots.assign(size, 0);
    for (quint32 id = 0; id < this->size(); ++id) {
        const quint64 h = hash(word(id));
        m_slots[slot(word(id), h)] = tag(h) | (id + 1);
    }
}

quint32 WordDictionary::intern(QStringView word, quint64 h)
{
    if ((size() + 1) * 2 > m_slots.size())
        grow();
    const std::size_t i = slot(word, h);
    if (m_slots[i] != 0)
        return quint32(m_slots[i]) - 1;
    const quint32 id = size();
    m_chars.append(word.utf16(), word.utf16() + word.size());
    m_start.push_back(m_chars.size());
    m_slots[i] = tag(h) | (id + 1);
    return id;
}

std::optional<quint32> WordDictionary::find(QStringView word) const
{
    if (m_slots.empty())
        return std::nullopt;
    const std::size_t i = slot(word, hash(word));
    if (m_slots[i] == 0)
        return std::nullopt;
    return quint32(m_slots[i]) - 1;
}

bool WordDictionary::assign(SplitArray<char16_t> characters, SplitArray<quint64> starts)
{
    m_chars = std::move(characters);
    m_start = std::move(starts);
    bool ok = !m_start.empty() && m_start[0] == 0 && m_start.back() == m_chars.size() &&
              m_start.size() - 1 < quint64(quint32(-1));
    quint64 previous = 0;
    m_start.forEachPart([&](const quint64* start, std::size_t count) {
        for (std::size_t i = 0; ok && i < count; previous = start[i++])
            ok = start[i] >= previous;
    });
    m_slots.clear();
    std::size_t slots = 1024;
    while (ok && slots < 2 * m_start.size())
        slots *= 2;
    if (ok)
        m_slots.assign(slots, 0);
    for (quint32 id = 0; ok && id < size(); ++id) {
        const quint64 h = hash(word(id));
        const std::size_t i = slot(word(id), h);
        ok = m_slots[i] == 0; // a word twice
        m_slots[i] = tag(h) | (id + 1);
    }
    if (!ok) {
        *this = WordDictionary();
        return false;
    }
    return true;
}

qsizetype WordDictionary::memoryBytes() const
{
    return m_chars.heapBytes() + m_start.heapBytes() + qsizetype(m_slots.capacity() * sizeof(quint64));
}

} // namespace tessera::tm
