// WordDictionary: interns words (UTF-16, already case-folded) to dense 32-bit ids in an open-addressing
// table over one character array, so the concordance index looks a word up without making a QString.
#pragma once

#include <optional>
#include <vector>

#include <QStringView>

#include "SplitArray.h"

namespace tessera::tm {

class WordDictionary {
public:
    // The id of `word`, made (the next free one) if it is new.
    quint32 intern(QStringView word) { return intern(word, hash(word)); }
    // The same with the word's hash() known, after prefetch(): a caller with many words hashes and
    // prefetches them all first, so that their slots' cache misses overlap instead of adding up.
    quint32 intern(QStringView word, quint64 h);
    static quint64 hash(QStringView word);
    void prefetch(quint64 h) const
    {
        if (!m_slots.empty())
            __builtin_prefetch(m_slots.data() + (std::size_t(h) & (m_slots.size() - 1)));
    }
    // The id of `word`, or nothing when it was never interned.
    std::optional<quint32> find(QStringView word) const;
    QStringView word(quint32 id) const
    {
        const quint64 start = m_start[id];
        return QStringView(m_chars.at(start), qsizetype(m_start[id + 1] - start));
    }
    quint32 size() const { return quint32(m_start.size() - 1); }
    qsizetype memoryBytes() const;

    // The words one after the other, and where each starts (size() + 1 entries): what TmIndexFile saves.
    const SplitArray<char16_t>& characters() const { return m_chars; }
    const SplitArray<quint64>& starts() const { return m_start; }
    // Takes saved arrays (read in place from an index file, or owned); false (and empty) when they are
    // inconsistent or hold a word twice. Words interned later are appended to the owned parts.
    bool assign(SplitArray<char16_t> characters, SplitArray<quint64> starts);

private:
    // The slot holding `word`, or the empty slot where it would go.
    std::size_t slot(QStringView word, quint64 h) const;
    void grow();

    SplitArray<char16_t> m_chars;
    SplitArray<quint64> m_start{std::vector<quint64>{0}};
    // Per slot, in one word (one cache miss a probe): the high 32 bits of the word's hash, and its
    // id + 1 in the low 32 (0: empty). Power-of-two size, at most half full.
    std::vector<quint64> m_slots;
    static quint64 tag(quint64 h) { return h & 0xffffffff00000000ULL; }
};

} // namespace tessera::tm
