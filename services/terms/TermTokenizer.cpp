#include "TermTokenizer.h"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include "Stemmer.h"
#include "text/LanguageTag.h"

namespace tessera::terms {

struct TermTokenizer::Impl {
    std::unique_ptr<icu::BreakIterator> words;
    std::unique_ptr<Stemmer> stemmer;
    bool elides = false;
};

namespace {

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}

// Where the word starts after an elided article or pronoun: "l'ordinateur" → 2, "dell'arte" → 5.
// Only short letter prefixes count, so names like "O'Neill" in a French text lose just "O'".
qsizetype elisionEnd(QStringView word)
{
    constexpr qsizetype longestPrefix = 7; // "lorsqu'", "puisqu'", "quell'"
    for (qsizetype i = 1; i < word.size() - 1 && i <= longestPrefix; ++i) {
        if (isApostrophe(word.at(i)))
            return i + 1;
        if (!word.at(i).isLetter())
            return 0;
    }
    return 0;
}

} // namespace

TermTokenizer::TermTokenizer(const QString& language)
    : m_impl(std::make_unique<Impl>())
    , m_language(language)
{
    const auto tag = text::LanguageTag::parse(language);
    const icu::Locale locale = tag ? icu::Locale(tag->icuLocaleId().constData()) : icu::Locale::getRoot();
    UErrorCode status = U_ZERO_ERROR;
    m_impl->words.reset(icu::BreakIterator::createWordInstance(locale, status));
    if (U_FAILURE(status))
        m_impl->words.reset();
    m_impl->stemmer = std::make_unique<Stemmer>(language);
    const QString primary = tag ? tag->language() : QString();
    m_impl->elides = primary == QLatin1String("fr") || primary == QLatin1String("it") || primary == QLatin1String("ca");
}

TermTokenizer::~TermTokenizer() = default;

bool TermTokenizer::stems() const
{
    return m_impl->stemmer->stems();
}

QString TermTokenizer::fold(QStringView word)
{
    bool ascii = true;
    for (QChar c : word) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        QString folded(word.size(), Qt::Uninitialized);
        QChar* out = folded.data();
        for (qsizetype i = 0; i < word.size(); ++i) {
            const char16_t c = word[i].unicode();
            out[i] = QChar(c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c);
        }
        return folded;
    }
    QString folded = word.toString().normalized(QString::NormalizationForm_C).toCaseFolded();
    folded.replace(QChar(0x2019), QLatin1Char('\''));
    return folded.normalized(QString::NormalizationForm_C);
}

QList<TermToken> TermTokenizer::tokenize(const QString& text)
{
    QList<TermToken> tokens;
    if (!m_impl->words)
        return tokens;
    const icu::UnicodeString ustring(reinterpret_cast<const char16_t*>(text.utf16()),
                                     static_cast<int32_t>(text.size()));
    icu::BreakIterator& iterator = *m_impl->words;
    iterator.setText(ustring);
    int32_t start = iterator.first();
    for (int32_t end = iterator.next(); end != icu::BreakIterator::DONE; start = end, end = iterator.next()) {
        if (iterator.getRuleStatus() < UBRK_WORD_NONE_LIMIT)
            continue; // spaces, punctuation, symbols
        qint32 from = start;
        if (m_impl->elides)
            from += qint32(elisionEnd(QStringView(text).sliced(start, end - start)));
        const QStringView word = QStringView(text).sliced(from, end - from);
        TermToken token;
        token.start = from;
        token.length = end - from;
        token.exact = word.toString().normalized(QString::NormalizationForm_C);
        token.folded = fold(word);
        // Equal strings share one buffer (implicit sharing): most words are lower case already and
        // many are their own stem, which keeps a large termbase's index small.
        if (token.folded == token.exact)
            token.folded = token.exact;
        QString stem = m_impl->stemmer->stem(token.folded);
        token.stem = stem == token.folded ? token.folded : std::move(stem);
        tokens.append(std::move(token));
    }
    return tokens;
}

} // namespace tessera::terms
