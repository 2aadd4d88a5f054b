// TermRecognizer: finds a termbase's terms in a source segment, tolerating inflection, and hands back
// their spans with the target terms.
#pragma once

#include <memory>
#include <vector>

#include <QList>
#include <QMutex>
#include <QString>

#include "TermHit.h"

namespace tessera::terms {

class TermIndex;
class TermTokenizer;

// Thread-safe: recognize() may run on any number of threads at once. The index is immutable and
// shared; each call borrows a tokenizer (ICU break iterator + Snowball stemmer, neither of which is
// thread-safe) from a small pool guarded by a mutex, so concurrent calls never share one.
class TermRecognizer {
public:
    explicit TermRecognizer(std::shared_ptr<const TermIndex> index);
    ~TermRecognizer();
    TermRecognizer(const TermRecognizer&) = delete;
    TermRecognizer& operator=(const TermRecognizer&) = delete;

    // The terms in `text`, in text order. Words are compared by their Snowball stems (case-folded
    // unless the term is case-sensitive, which also needs the case as written; an all-capitals word
    // of two or more letters, an acronym like "IT", needs its capitals in any term); a term of several
    // words matches the same stems in a row with the same punctuation between them (white space
    // of any kind and length counts as one). Where matches overlap, the one with more words (then
    // more characters) wins; other concepts with exactly the same span are kept as well.
    QList<TermHit> recognize(const QString& text) const;

    const TermIndex& index() const { return *m_index; }

private:
    std::unique_ptr<TermTokenizer> borrowTokenizer() const;
    void returnTokenizer(std::unique_ptr<TermTokenizer> tokenizer) const;

    std::shared_ptr<const TermIndex> m_index;
    mutable QMutex m_mutex;
    mutable std::vector<std::unique_ptr<TermTokenizer>> m_idle;
};

} // namespace tessera::terms
