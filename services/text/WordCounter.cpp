#include "WordCounter.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "LanguageTag.h"
#include "Placeables.h"

namespace tessera::text {

struct WordCounter::Icu {
    std::unique_ptr<icu::BreakIterator> words;
};

namespace {

bool isKanaOrIdeograph(int32_t status)
{
    return status >= UBRK_WORD_KANA && status < UBRK_WORD_IDEO_LIMIT;
}

// Letters and digits of a kana or ideograph segment; marks (dakuten) and punctuation add nothing.
qsizetype countCjkCharacters(const icu::UnicodeString& segment)
{
    qsizetype count = 0;
    for (int32_t i = 0; i < segment.length();) {
        const UChar32 c = segment.char32At(i);
        const int8_t type = u_charType(c);
        if ((U_GC_L_MASK | U_GC_N_MASK) & U_MASK(type))
            ++count;
        i += U16_LENGTH(c);
    }
    return count;
}

} // namespace

WordCounter::WordCounter(const QString& language)
    : m_icu(std::make_unique<Icu>())
{
    const auto tag = LanguageTag::parse(language);
    const icu::Locale locale = tag ? icu::Locale(tag->icuLocaleId().constData()) : icu::Locale::getRoot();
    UErrorCode status = U_ZERO_ERROR;
    m_icu->words.reset(icu::BreakIterator::createWordInstance(locale, status));
    if (U_FAILURE(status))
        m_icu->words.reset();
}

WordCounter::~WordCounter() = default;
WordCounter::WordCounter(WordCounter&&) noexcept = default;
WordCounter& WordCounter::operator=(WordCounter&&) noexcept = default;

WordCounter::Counts WordCounter::count(const QString& text) const
{
    Counts counts;
    const QString prose = Placeables::withoutPlaceables(text);
    for (const char32_t c : QStringView(prose).toUcs4())
        if (!QChar::isSpace(c))
            ++counts.characters;
    if (!m_icu || !m_icu->words)
        return counts;

    const icu::UnicodeString ustring(reinterpret_cast<const char16_t*>(prose.utf16()),
                                     static_cast<int32_t>(prose.size()));
    icu::BreakIterator& iterator = *m_icu->words;
    iterator.setText(ustring);
    int32_t start = iterator.first();
    for (int32_t end = iterator.next(); end != icu::BreakIterator::DONE; start = end, end = iterator.next()) {
        const int32_t status = iterator.getRuleStatus();
        if (status < UBRK_WORD_NONE_LIMIT)
            continue;
        if (isKanaOrIdeograph(status))
            counts.words += countCjkCharacters(ustring.tempSubStringBetween(start, end));
        else
            ++counts.words;
    }
    return counts;
}

} // namespace tessera::text
