// TermTokenizer: the words of a text as term recognition compares them: ICU word boundaries, NFC and
// case folding, Snowball stems.
#pragma once

#include <memory>

#include <QList>
#include <QString>
#include <QStringView>

namespace tessera::terms {

struct TermToken {
    qint32 start = 0;  // UTF-16 offset into the text as given
    qint32 length = 0; // UTF-16 code units
    QString exact;     // the word as written, NFC: what a case-sensitive term compares
    QString folded;    // NFC, case-folded, ’ read as '
    QString stem;      // the Snowball stem of `folded` (or `folded` itself)
};

// Not thread-safe (ICU's break iterator and the stemmer keep state): one per thread.
class TermTokenizer {
public:
    // language: a BCP 47 tag; it chooses ICU's word rules and the Snowball algorithm.
    explicit TermTokenizer(const QString& language);
    ~TermTokenizer();
    TermTokenizer(const TermTokenizer&) = delete;
    TermTokenizer& operator=(const TermTokenizer&) = delete;

    // Words only: letters, numbers, kana and ideographs (ICU's dictionary words for Chinese, Japanese,
    // Thai…); white space, punctuation and symbols make no token. In French, Italian and Catalan an
    // elided article or pronoun ("l'", "d'", "qu'", "dell'") is not part of the word that follows it.
    QList<TermToken> tokenize(const QString& text);

    QString language() const { return m_language; }
    bool stems() const;

    // NFC and Unicode case folding; ’ (U+2019) becomes '.
    static QString fold(QStringView word);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    QString m_language;
};

} // namespace tessera::terms
