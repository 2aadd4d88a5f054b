// SpellChecker: one language's dictionary through KF6 Sonnet (Hunspell and the other backends
// Sonnet finds), safe to share between threads.
#pragma once

#include <memory>

#include <QMutex>
#include <QString>
#include <QStringList>

namespace Sonnet {
class Speller;
}

namespace tessera::qa {

class SpellChecker {
public:
    // The dictionary for a BCP 47 tag: the exact one (de_DE for de-DE), else the language's own
    // (de), else its main country's (de_DE, fr_FR), else the first of that language Sonnet has; null when there is
    // none.
    static std::shared_ptr<SpellChecker> forLanguage(const QString& tag);
    // Every dictionary Sonnet can load ("de_DE", "en_US", …).
    static QStringList availableDictionaries();

    ~SpellChecker();
    SpellChecker(const SpellChecker&) = delete;
    SpellChecker& operator=(const SpellChecker&) = delete;

    QString dictionary() const { return m_dictionary; }
    bool isMisspelled(const QString& word) const;
    QStringList suggestions(const QString& word, int max = 5) const;

private:
    explicit SpellChecker(std::unique_ptr<Sonnet::Speller> speller, QString dictionary);

    mutable QMutex m_mutex; // Sonnet's speller is not thread-safe
    std::unique_ptr<Sonnet::Speller> m_speller;
    QString m_dictionary;
};

} // namespace tessera::qa
