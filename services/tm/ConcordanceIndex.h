// ConcordanceIndex: the word index of one TM's sources and targets that concordance searches: interned
// case-folded words, and per word the units (and which side) holding it.
#pragma once

#include <array>
#include <functional>
#include <string>
#include <vector>

#include <QString>
#include <QStringList>
#include <QStringView>

#include "SplitArray.h"
#include "WordDictionary.h"

namespace tessera::tm {

// Units are numbered 0, 1, … in the order they are added, each with a 64-bit payload (the caller's row
// id). A word is a run of letters, numbers and marks (Concordance::words), keyed case-folded. The
// postings of a word are 2·unit + side (0 source, 1 target), ascending, each once; a unit's words are
// appended when it is added, so nothing is ever re-sorted. Postings loaded from the index file stay
// in one array; those added since are kept per word after them. A search intersects the lists of the query's
// words from the newest unit back; the caller verifies that the words stand one after another.
//
// Built on the import's indexing thread next to the fuzzy index (TranslationMemory), and saved with it
// in the TM's index file (TmIndexFile). Not thread-safe: one thread at a time.
class ConcordanceIndex {
public:
    enum class Field { Source, Target, Both };
    // A unit holding every word of the query in its source, its target, or both.
    struct Candidate {
        quint32 unit = 0;
        quint64 payload = 0;
        bool inSource = false;
        bool inTarget = false;
    };
    // Return false to stop.
    using Visitor = std::function<bool(const Candidate&)>;

    quint32 add(QStringView source, QStringView target, quint64 payload);
    void remove(quint32 unit);
    bool isRemoved(quint32 unit) const { return m_removed[unit]; }

    // Units whose `field` holds every one of `keys` (case-folded words, as Concordance::words gives
    // them), greatest unit first, removed ones skipped. No keys, or a key no unit has: no candidates.
    void candidates(const QStringList& keys, Field field, const Visitor& visit) const;

    qsizetype size() const { return qsizetype(m_payload.size()); }
    quint64 payload(quint32 unit) const { return m_payload[unit]; }
    qsizetype memoryBytes() const;

    // Whether `c` belongs to a word: letters, numbers, private use and combining marks (the default
    // token characters of SQLite's unicode61 tokenizer, which concordance used before).
    static bool isWordCharacter(char32_t c);
    // Calls `word(start, length, folded)` for each word of `text`; `folded` is the word case-folded
    // (simple case folding, code point by code point, as QString::toCaseFolded), in `scratch`.
    template <typename F> static void forEachWord(QStringView text, std::u16string& scratch, F&& word);

private:
    friend class TmIndexFile; // saves and loads the arrays below

    // Collects the words of `text` (folded, hashed, their dictionary slots prefetched) into m_pending.
    void collect(QStringView text, quint32 posting);

    // Letters and digits among the ASCII characters.
    static constexpr std::array<bool, 128> s_asciiWord = [] {
        std::array<bool, 128> word{};
        for (int c = 0; c < 128; ++c)
            word[std::size_t(c)] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        return word;
    }();

    // The postings of one word: those loaded from the index file, then those added since.
    struct List {
        const quint32* main = nullptr;
        std::size_t mainSize = 0;
        const std::vector<quint32>* side = nullptr;
        std::size_t size() const { return mainSize + (side ? side->size() : 0); }
        quint32 operator[](std::size_t i) const { return i < mainSize ? main[i] : (*side)[i - mainSize]; }
    };
    List list(quint32 id) const;

    WordDictionary m_dictionary;
    // Postings of word id: the main segment m_mainPostings[m_mainOffsets[id] .. m_mainOffsets[id + 1])
    // (read in place from the mapped index file), then m_side[id] (added since; every unit when built).
    SplitArray<quint64> m_mainOffsets;
    SplitArray<quint32> m_mainPostings;
    std::vector<std::vector<quint32>> m_side;
    SplitArray<quint64> m_payload; // loaded units read in place, those added since owned
    std::vector<bool> m_removed;
    std::u16string m_scratch;
    // While adding a unit: its words' folded characters one after the other, and per word where it
    // starts, its hash and its posting; then its ids.
    struct PendingWord {
        std::size_t start = 0;
        std::size_t size = 0;
        quint64 hash = 0;
        quint32 posting = 0;
        quint32 id = 0;
    };
    std::u16string m_pendingChars;
    std::vector<PendingWord> m_pending;
};

template <typename F> void ConcordanceIndex::forEachWord(QStringView text, std::u16string& scratch, F&& word)
{
    const char16_t* p = text.utf16();
    const qsizetype n = text.size();
    // The code point at `at` (a surrogate pair read whole) and its width in UTF-16 code units.
    auto decode = [&](qsizetype at, qsizetype& width) -> char32_t {
        const char16_t c = p[at];
        width = 1;
        if (QChar::isHighSurrogate(c) && at + 1 < n && QChar::isLowSurrogate(p[at + 1])) {
            width = 2;
            return QChar::surrogateToUcs4(c, p[at + 1]);
        }
        return c;
    };
    // Folding keeps the number of code units but for the few letters whose folded form needs a surrogate
    // pair: twice the text is room enough.
    if (scratch.size() < std::size_t(2 * n))
        scratch.resize(std::size_t(2 * n));
    char16_t* const folded = scratch.data();
    qsizetype i = 0;
    while (i < n) {
        qsizetype width = 1;
        const char16_t first = p[i];
        if (first < 0x80 ? !s_asciiWord[first] : !isWordCharacter(decode(i, width))) {
            i += width;
            continue;
        }
        const qsizetype start = i;
        char16_t* out = folded;
        while (i < n) {
            const char16_t c = p[i];
            if (c < 0x80) {
                if (!s_asciiWord[c])
                    break;
                *out++ = c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
                ++i;
                continue;
            }
            const char32_t code = decode(i, width);
            if (!isWordCharacter(code))
                break;
            const char32_t lower = QChar::toCaseFolded(code);
            if (QChar::requiresSurrogates(lower)) {
                *out++ = QChar::highSurrogate(lower);
                *out++ = QChar::lowSurrogate(lower);
            } else {
                *out++ = char16_t(lower);
            }
            i += width;
        }
        word(start, i - start, QStringView(folded, out - folded));
    }
}

} // namespace tessera::tm
