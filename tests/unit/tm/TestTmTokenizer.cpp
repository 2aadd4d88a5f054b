// TestTmTokenizer: the tokens the fuzzy index interns are the tokenizer's, and the tokenizer's are
// the ones its rules define. On every sentence of the real TM corpus (tests/data/tm, English and
// German) and on texts with placeables, CJK, non-ASCII letters and colons:
// - forEachKey() (keys handed out as views, no QString per token) gives the kinds and keys tokenize()
//   gives, in order;
// - tokenize() gives what a plain reference makes: Placeables::find, ICU's word break iterator on the
//   prose between them, foldWord() on every word (the tokenizer as it was before its ASCII fast path
//   and its views);
// - a TmIndex built from those sentences finds each one at 100.
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/ubrk.h>

#include <memory>

#include <QTest>

#include "TestData.h"
#include "text/Placeables.h"
#include "tm/TmIndex.h"
#include "tm/TmTokenizer.h"

using namespace tessera;
using tm::TokenKind;

namespace {

struct Key {
    TokenKind kind;
    QString key;
    bool operator==(const Key&) const = default;
};

QString describe(const QList<Key>& keys)
{
    QStringList out;
    for (const Key& k : keys)
        out << QStringLiteral("%1:%2").arg(int(k.kind)).arg(k.key);
    return out.join(QLatin1Char(' '));
}

// The reference: the rules of TmTokenizer.h, spelled out with ICU only.
QList<Key> reference(const QString& text, const char* locale)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> words(icu::BreakIterator::createWordInstance(icu::Locale(locale), status));
    QList<Key> out;
    auto other = [&](qsizetype start, qsizetype end) {
        for (qsizetype i = start; i < end;) {
            const qsizetype size = (text[i].isHighSurrogate() && i + 1 < end && text[i + 1].isLowSurrogate()) ? 2 : 1;
            if (!text[i].isSpace())
                out.append({TokenKind::Punctuation, text.mid(i, size)});
            i += size;
        }
    };
    auto prose = [&](qsizetype from, qsizetype to) {
        if (from >= to)
            return;
        const icu::UnicodeString s(false, reinterpret_cast<const char16_t*>(text.utf16()) + from, int32_t(to - from));
        words->setText(s);
        int32_t start = words->first();
        for (int32_t end = words->next(); end != icu::BreakIterator::DONE; start = end, end = words->next()) {
            const int32_t rule = words->getRuleStatus();
            const qsizetype a = from + start;
            const qsizetype b = from + end;
            if (rule < UBRK_WORD_NONE_LIMIT) {
                other(a, b);
            } else if (rule < UBRK_WORD_NUMBER_LIMIT) {
                out.append({TokenKind::Number, tm::s_numberKey});
            } else if (rule >= UBRK_WORD_KANA && rule < UBRK_WORD_IDEO_LIMIT) {
                for (qsizetype i = a; i < b;) {
                    const bool pair = text[i].isHighSurrogate() && i + 1 < b && text[i + 1].isLowSurrogate();
                    const char32_t c = pair ? QChar::surrogateToUcs4(text[i], text[i + 1]) : text[i].unicode();
                    const qsizetype size = pair ? 2 : 1;
                    if (QChar::isLetterOrNumber(c))
                        out.append({TokenKind::Word, tm::TmTokenizer::foldWord(QStringView(text).sliced(i, size))});
                    else
                        other(i, i + size);
                    i += size;
                }
            } else {
                out.append({TokenKind::Word, tm::TmTokenizer::foldWord(QStringView(text).sliced(a, b - a))});
            }
        }
    };
    qsizetype pos = 0;
    for (const text::Placeable& p : text::Placeables::find(text)) {
        prose(pos, p.start);
        out.append({TokenKind::Placeable, p.kind == text::PlaceableKind::Tag ? tm::s_tagKey : tm::s_placeableKey});
        pos = p.end();
    }
    prose(pos, text.size());
    return out;
}

QList<Key> tokenized(const tm::TmTokenizer& tokenizer, const QString& text)
{
    QList<Key> out;
    for (const tm::TmToken& t : tokenizer.tokenize(text).tokens)
        out.append({t.kind, t.key});
    return out;
}

QList<Key> visited(const tm::TmTokenizer& tokenizer, const QString& text)
{
    QList<Key> out;
    tokenizer.forEachKey(text, [&](TokenKind kind, QStringView key) { out.append({kind, key.toString()}); });
    return out;
}

} // namespace

class TestTmTokenizer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameTokens_data();
    void sameTokens();
    void indexFindsEverySentence();

private:
    QStringList m_english;
    QStringList m_german;
};

void TestTmTokenizer::initTestCase()
{
    const QByteArray tsv =
        testsupport::readTestData(QStringLiteral("tm"), QStringLiteral("debian-descriptions-en-de.tsv"));
    for (const QByteArray& line : tsv.split('\n')) {
        const QList<QByteArray> sides = line.split('\t');
        if (sides.size() != 2)
            continue;
        m_english << QString::fromUtf8(sides[0]);
        m_german << QString::fromUtf8(sides[1]);
    }
    QVERIFY(m_english.size() >= 5000);
    const QStringList made = {
        QStringLiteral("Open %1 of %n files in <b>MyApp</b> &amp; save {count} now."),
        QStringLiteral("Größe: 3,5 MB – ÄRGER über Straße"),
        QStringLiteral("EU:s regler gäller"),
        QStringLiteral("日本語のテキストを開く"),
        QStringLiteral("Emoji \U0001F600 and 𝐀𝐁 letters, İstanbul ΣΊΣΥΦΟΣ"),
        QStringLiteral("don't wait_now 1,000.50 a.b.c IPv6 x_1\r\nnext\tline"),
        QStringLiteral("  leading and trailing  "),
        QString(),
    };
    m_english << made;
    m_german << made;
}

void TestTmTokenizer::sameTokens_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("de") << QStringLiteral("de");
}

void TestTmTokenizer::sameTokens()
{
    QFETCH(QString, language);
    const QStringList& texts = language == QLatin1String("en") ? m_english : m_german;
    const tm::TmTokenizer tokenizer(language);
    for (const QString& text : texts) {
        const QList<Key> tokens = tokenized(tokenizer, text);
        const QList<Key> views = visited(tokenizer, text);
        const QList<Key> expected = reference(text, language.toLatin1().constData());
        if (views != tokens)
            QFAIL(qPrintable(QStringLiteral("\"%1\"\n  tokenize:   %2\n  forEachKey: %3")
                                 .arg(text, describe(tokens), describe(views))));
        if (tokens != expected)
            QFAIL(qPrintable(QStringLiteral("\"%1\"\n  reference: %2\n  tokenize:  %3")
                                 .arg(text, describe(expected), describe(tokens))));
    }
}

void TestTmTokenizer::indexFindsEverySentence()
{
    tm::TmIndex index(QStringLiteral("en"));
    for (qsizetype i = 0; i < m_english.size(); ++i)
        index.add(m_english[i], quint64(i));
    index.merge();
    // The dictionary holds exactly the keys tokenize() makes of the sentences.
    QSet<QString> keys;
    for (const QString& text : std::as_const(m_english))
        for (const tm::TmToken& t : index.tokenizer().tokenize(text).tokens)
            if (t.isWeighted())
                keys.insert(t.key);
    QCOMPARE(qsizetype(index.dictionary().size()), keys.size());
    for (quint32 id = 0; id < index.dictionary().size(); ++id)
        QVERIFY(keys.contains(index.dictionary().key(id)));
    for (qsizetype i = 0; i < m_english.size(); i += 7) {
        const QList<tm::TmIndex::Hit> hits = index.lookup(m_english[i], 100, 50);
        bool found = false;
        for (const tm::TmIndex::Hit& hit : hits)
            found = found || (hit.score() == 100 && hit.source == m_english[i]);
        QVERIFY2(found, qPrintable(m_english[i]));
    }
}

QTEST_GUILESS_MAIN(TestTmTokenizer)
#include "TestTmTokenizer.moc"
