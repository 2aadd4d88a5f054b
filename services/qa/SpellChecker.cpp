// SpellChecker: Sonnet picks the backend; a language it has no dictionary for gives no checker (and
// so no spelling issues) rather than every word marked wrong.
#include "SpellChecker.h"

#include <Sonnet/Speller>

namespace tessera::qa {

SpellChecker::SpellChecker(std::unique_ptr<Sonnet::Speller> speller, QString dictionary)
    : m_speller(std::move(speller))
    , m_dictionary(std::move(dictionary))
{}

SpellChecker::~SpellChecker() = default;

QStringList SpellChecker::availableDictionaries()
{
    const Sonnet::Speller speller;
    return speller.availableLanguages();
}

std::shared_ptr<SpellChecker> SpellChecker::forLanguage(const QString& tag)
{
    const QStringList available = availableDictionaries();
    QString underscored = tag;
    underscored.replace(QLatin1Char('-'), QLatin1Char('_'));
    const QString language = underscored.section(QLatin1Char('_'), 0, 0);
    QString chosen;
    if (available.contains(underscored))
        chosen = underscored;
    else if (available.contains(language))
        chosen = language;
    else if (available.contains(language + QLatin1Char('_') + language.toUpper()))
        chosen = language + QLatin1Char('_') + language.toUpper(); // de_DE, fr_FR, es_ES before de_AT…
    else {
        for (const QString& d : available) {
            if (d.startsWith(language + QLatin1Char('_'))) {
                chosen = d;
                break;
            }
        }
    }
    if (chosen.isEmpty())
        return nullptr;
    auto speller = std::make_unique<Sonnet::Speller>(chosen);
    if (!speller->isValid())
        return nullptr;
    return std::shared_ptr<SpellChecker>(new SpellChecker(std::move(speller), chosen));
}

bool SpellChecker::isMisspelled(const QString& word) const
{
    QMutexLocker lock(&m_mutex);
    return m_speller->isMisspelled(word);
}

QStringList SpellChecker::suggestions(const QString& word, int max) const
{
    QMutexLocker lock(&m_mutex);
    return m_speller->suggest(word).mid(0, max);
}

} // namespace tessera::qa
