// TokenDictionary: interns token keys to dense 32-bit ids, so matching compares integers.
#pragma once

#include <optional>

#include <QString>
#include <QStringView>

#include "WordDictionary.h"

namespace tessera::tm {

// The keys live in one character array (WordDictionary): interning a key the dictionary has makes
// nothing, so the index can intern the tokenizer's keys straight from its buffer.
class TokenDictionary {
public:
    // The id of `key`, made (the next free one) if it is new.
    quint32 intern(QStringView key) { return m_words.intern(key); }
    // The id of `key`, or nothing when it was never interned.
    std::optional<quint32> find(QStringView key) const { return m_words.find(key); }
    QString key(quint32 id) const { return id < size() ? m_words.word(id).toString() : QString(); }
    quint32 size() const { return m_words.size(); }
    // Approximate heap bytes held.
    qsizetype memoryBytes() const { return m_words.memoryBytes(); }

    // The keys' arrays, which TmIndexFile saves.
    const WordDictionary& words() const { return m_words; }

private:
    friend class TmIndexFile; // loads the keys' arrays
    WordDictionary m_words;
};

} // namespace tessera::tm
