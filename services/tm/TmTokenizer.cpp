#include "TmTokenizer.h"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "AsciiWordBreak.h"
#include "text/LanguageTag.h"
#include "text/Placeables.h"

namespace tessera::tm {

struct TmTokenizer::Icu {
    std::unique_ptr<icu::BreakIterator> words;
};

namespace {

bool isKanaOrIdeograph(int32_t status)
{
    return status >= UBRK_WORD_KANA && status < UBRK_WORD_IDEO_LIMIT;
}

// Joins the gap seen so far with white space `c`.
Gap widen(Gap gap, QChar c)
{
    if (gap == Gap::None && c == QLatin1Char(' '))
        return Gap::Space;
    return Gap::Other;
}

} // namespace

TmTokenizer::TmTokenizer(const QString& language)
    : m_icu(std::make_unique<Icu>())
{
    const auto tag = text::LanguageTag::parse(language);
    const icu::Locale locale = tag ? icu::Locale(tag->icuLocaleId().constData()) : icu::Locale::getRoot();
    UErrorCode status = U_ZERO_ERROR;
    m_icu->words.reset(icu::BreakIterator::createWordInstance(locale, status));
    if (U_FAILURE(status))
        m_icu->words.reset();
}

TmTokenizer::~TmTokenizer() = default;
TmTokenizer::TmTokenizer(TmTokenizer&&) noexcept = default;
TmTokenizer& TmTokenizer::operator=(TmTokenizer&&) noexcept = default;

QString TmTokenizer::foldWord(QStringView word)
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
    icu::UnicodeString s(reinterpret_cast<const char16_t*>(word.utf16()), int32_t(word.size()));
    s.foldCase(U_FOLD_CASE_DEFAULT);
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_SUCCESS(status)) {
        icu::UnicodeString normalized = nfc->normalize(s, status);
        if (U_SUCCESS(status))
            s = normalized;
    }
    return QString(reinterpret_cast<const QChar*>(s.getBuffer()), s.length());
}

QStringView TmTokenizer::foldAscii(QStringView word) const
{
    if (m_folded.size() < std::size_t(word.size()))
        m_folded.resize(std::size_t(word.size()));
    char16_t* out = m_folded.data();
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t c = word[i].unicode();
        out[i] = c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
    }
    return QStringView(out, word.size());
}

template <typename Sink> Gap TmTokenizer::scan(const QString& text, Sink& sink) const
{
    Gap gap = Gap::None;
    qint32 pos = 0;
    for (const text::Placeable& p : text::Placeables::find(text)) {
        scanProse(text, pos, qint32(p.start), gap, sink);
        sink(TokenKind::Placeable, p.kind, qint32(p.start), qint32(p.length), gap,
             QStringView(p.kind == text::PlaceableKind::Tag ? s_tagKey : s_placeableKey));
        gap = Gap::None;
        pos = qint32(p.end());
    }
    scanProse(text, pos, qint32(text.size()), gap, sink);
    return gap;
}

TokenizedText TmTokenizer::tokenize(const QString& text) const
{
    TokenizedText out;
    out.text = text;
    auto sink = [&](TokenKind kind, text::PlaceableKind placeableKind, qint32 start, qint32 length, Gap gap,
                    QStringView key) {
        TmToken token;
        token.kind = kind;
        token.placeableKind = placeableKind;
        if (kind == TokenKind::Number)
            token.key = s_numberKey;
        else if (kind == TokenKind::Placeable)
            token.key = placeableKind == text::PlaceableKind::Tag ? s_tagKey : s_placeableKey;
        else
            token.key = key.toString();
        token.start = start;
        token.length = length;
        token.gapBefore = gap;
        out.tokens.append(std::move(token));
    };
    out.gapAfter = scan(text, sink);
    return out;
}

void TmTokenizer::forEachKey(const QString& text, KeyVisitor token) const
{
    auto sink = [&](TokenKind kind, text::PlaceableKind, qint32, qint32, Gap, QStringView key) { token(kind, key); };
    scan(text, sink);
}

template <typename Sink>
void TmTokenizer::scanProse(const QString& text, qint32 from, qint32 to, Gap& gap, Sink& sink) const
{
    if (from >= to)
        return;
    const QStringView all(text);
    auto append = [&](TokenKind kind, qint32 start, qint32 length, QStringView key) {
        sink(kind, text::PlaceableKind::Printf, start, length, gap, key);
        gap = Gap::None;
    };
    // Punctuation and symbols one character (code point) each; white space widens the gap.
    auto other = [&](qint32 start, qint32 end) {
        for (qint32 i = start; i < end;) {
            const qint32 size = (text[i].isHighSurrogate() && i + 1 < end && text[i + 1].isLowSurrogate()) ? 2 : 1;
            if (text[i].isSpace())
                gap = widen(gap, text[i]);
            else
                append(TokenKind::Punctuation, i, size, all.sliced(i, size));
            i += size;
        }
    };
    const QStringView span = all.sliced(from, to - from);
    if (AsciiWordBreak::handles(span)) { // the same segments as ICU's, a few times faster
        AsciiWordBreak::split(span, [&](qsizetype start, qsizetype end, AsciiWordBreak::Kind kind) {
            const qint32 s = from + qint32(start);
            const qint32 e = from + qint32(end);
            if (kind == AsciiWordBreak::Kind::None)
                other(s, e);
            else if (kind == AsciiWordBreak::Kind::Number)
                append(TokenKind::Number, s, e - s, s_numberKey);
            else
                append(TokenKind::Word, s, e - s, foldAscii(all.sliced(s, e - s)));
        });
        return;
    }
    if (!m_icu->words) {
        other(from, to);
        return;
    }
    const icu::UnicodeString prose(false, reinterpret_cast<const char16_t*>(text.utf16()) + from, to - from);
    icu::BreakIterator& iterator = *m_icu->words;
    iterator.setText(prose);
    int32_t start = iterator.first();
    for (int32_t end = iterator.next(); end != icu::BreakIterator::DONE; start = end, end = iterator.next()) {
        const int32_t status = iterator.getRuleStatus();
        const qint32 s = from + start;
        const qint32 e = from + end;
        if (status < UBRK_WORD_NONE_LIMIT) {
            other(s, e);
        } else if (status < UBRK_WORD_NUMBER_LIMIT) {
            append(TokenKind::Number, s, e - s, s_numberKey);
        } else if (isKanaOrIdeograph(status)) {
            for (qint32 i = s; i < e;) {
                const bool pair = text[i].isHighSurrogate() && i + 1 < e && text[i + 1].isLowSurrogate();
                const char32_t c = pair ? QChar::surrogateToUcs4(text[i], text[i + 1]) : text[i].unicode();
                const qint32 size = pair ? 2 : 1;
                if (QChar::isLetterOrNumber(c)) {
                    const QString folded = foldWord(all.sliced(i, size));
                    append(TokenKind::Word, i, size, folded);
                } else {
                    other(i, i + size);
                }
                i += size;
            }
        } else {
            const QString folded = foldWord(all.sliced(s, e - s));
            append(TokenKind::Word, s, e - s, folded);
        }
    }
}

} // namespace tessera::tm
