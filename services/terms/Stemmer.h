// Stemmer: Snowball (libstemmer) stems of case-folded words in one language, or the word itself where
// Snowball has no algorithm for the language.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

struct sb_stemmer;

namespace tessera::terms {

// Not thread-safe (an sb_stemmer keeps its work buffers): one per thread.
class Stemmer {
public:
    // language: a BCP 47 tag; only its primary subtag counts ("pt-BR" stems as Portuguese).
    explicit Stemmer(const QString& language);
    ~Stemmer();
    Stemmer(const Stemmer&) = delete;
    Stemmer& operator=(const Stemmer&) = delete;

    // The Snowball algorithm for a language ("english" for "en-GB"), empty when Snowball has none.
    static QString algorithmFor(const QString& language);

    QString algorithm() const { return m_algorithm; }
    bool stems() const { return m_stemmer != nullptr; }
    // The stem of a word that is already case-folded; the word unchanged without an algorithm.
    QString stem(QStringView foldedWord);

private:
    sb_stemmer* m_stemmer = nullptr;
    QString m_algorithm;
    QByteArray m_utf8;
};

} // namespace tessera::terms
