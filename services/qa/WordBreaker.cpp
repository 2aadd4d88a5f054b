// WordBreaker: creating an ICU break iterator costs far more than using it, so each thread keeps the
// last few it made, by language.
#include "WordBreaker.h"

#include <memory>
#include <vector>

#include <unicode/brkiter.h>
#include <unicode/locid.h>

#include "text/LanguageTag.h"

namespace tessera::qa {

namespace {

struct CachedIterator {
    QString tag;
    std::unique_ptr<icu::BreakIterator> iterator;
};

icu::BreakIterator* iteratorFor(const QString& tag)
{
    thread_local std::vector<CachedIterator> cache;
    for (CachedIterator& c : cache) {
        if (c.tag == tag)
            return c.iterator.get();
    }
    QByteArray id = "root";
    if (auto parsed = text::LanguageTag::parse(tag))
        id = parsed->icuLocaleId();
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> made(
        icu::BreakIterator::createWordInstance(icu::Locale(id.constData()), status));
    if (U_FAILURE(status) || !made)
        return nullptr;
    if (cache.size() >= 4)
        cache.erase(cache.begin());
    cache.push_back(CachedIterator{tag, std::move(made)});
    return cache.back().iterator.get();
}

} // namespace

QList<Word> WordBreaker::words(const QString& text, const QString& languageTag)
{
    QList<Word> words;
    icu::BreakIterator* it = iteratorFor(languageTag);
    if (!it || text.isEmpty())
        return words;
    const icu::UnicodeString ustring(false, reinterpret_cast<const char16_t*>(text.constData()), int32_t(text.size()));
    it->setText(ustring);
    int32_t start = it->first();
    for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
        const int32_t status = it->getRuleStatus();
        if (status < UBRK_WORD_NONE_LIMIT)
            continue;
        words.append(Word{start, end - start, status >= UBRK_WORD_LETTER});
    }
    // The iterator must not keep pointing into `text` after it is gone.
    it->setText(icu::UnicodeString());
    return words;
}

} // namespace tessera::qa
