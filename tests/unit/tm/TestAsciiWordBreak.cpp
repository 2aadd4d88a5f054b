// TestAsciiWordBreak: the TM tokenizer's ASCII word breaks are ICU's, segment for segment and kind for
// kind: on every ASCII sentence of the real TM corpus (tests/data/tm) and on 30,000 random strings made
// of the characters the rules treat specially, for the root rules and the locales Tessera's TMs use.
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/ubrk.h>

#include <memory>

#include <QRandomGenerator>
#include <QTest>

#include "TestData.h"
#include "tm/AsciiWordBreak.h"

using namespace tessera;
using Kind = tm::AsciiWordBreak::Kind;

namespace {

QString describe(QStringView text, const QList<std::tuple<qsizetype, qsizetype, Kind>>& segments)
{
    QStringList parts;
    for (const auto& [start, end, kind] : segments)
        parts << QStringLiteral("[%1]%2").arg(text.sliced(start, end - start).toString()).arg(int(kind));
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestAsciiWordBreak : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameAsIcu_data();
    void sameAsIcu();
    void colonAndNonAsciiGoToIcu();

private:
    QList<std::tuple<qsizetype, qsizetype, Kind>> icu(const char* locale, QStringView text) const
    {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> words(icu::BreakIterator::createWordInstance(icu::Locale(locale), status));
        const icu::UnicodeString s(false, reinterpret_cast<const char16_t*>(text.utf16()), int32_t(text.size()));
        words->setText(s);
        QList<std::tuple<qsizetype, qsizetype, Kind>> out;
        int32_t start = words->first();
        for (int32_t end = words->next(); end != icu::BreakIterator::DONE; start = end, end = words->next()) {
            const int32_t rule = words->getRuleStatus();
            out.append({start, end,
                        rule < UBRK_WORD_NONE_LIMIT     ? Kind::None
                        : rule < UBRK_WORD_NUMBER_LIMIT ? Kind::Number
                                                        : Kind::Word});
        }
        return out;
    }
    static QList<std::tuple<qsizetype, qsizetype, Kind>> fast(QStringView text)
    {
        QList<std::tuple<qsizetype, qsizetype, Kind>> out;
        tm::AsciiWordBreak::split(text,
                                  [&](qsizetype start, qsizetype end, Kind kind) { out.append({start, end, kind}); });
        return out;
    }

    QStringList m_texts;
};

void TestAsciiWordBreak::initTestCase()
{
    const QByteArray tsv =
        testsupport::readTestData(QStringLiteral("tm"), QStringLiteral("debian-descriptions-en-de.tsv"));
    for (const QByteArray& line : tsv.split('\n'))
        for (const QByteArray& side : line.split('\t'))
            if (tm::AsciiWordBreak::handles(QString::fromUtf8(side)))
                m_texts << QString::fromUtf8(side);
    QVERIFY(m_texts.size() > 5000);
    // Random strings over letters, digits and every character a rule names, so that each rule meets
    // its neighbours: "a.b", "1,5", "x_1", "don't", "..", "a.'b", CR LF…
    const QString alphabet = QStringLiteral("aZq90_.',;- !?()\"\r\n\t\v\f#%");
    QRandomGenerator random(20261124);
    for (int i = 0; i < 30000; ++i) {
        QString s;
        const int length = 1 + int(random.bounded(24));
        for (int k = 0; k < length; ++k)
            s += alphabet[int(random.bounded(alphabet.size()))];
        m_texts << s;
    }
}

void TestAsciiWordBreak::sameAsIcu_data()
{
    QTest::addColumn<QByteArray>("locale");
    for (const char* locale : {"", "en", "de", "fr", "es", "sv", "fi", "ja", "zh"})
        QTest::newRow(*locale ? locale : "root") << QByteArray(locale);
}

void TestAsciiWordBreak::sameAsIcu()
{
    QFETCH(QByteArray, locale);
    int compared = 0;
    for (const QString& text : std::as_const(m_texts)) {
        const auto expected = icu(locale.constData(), text);
        const auto actual = fast(text);
        if (actual != expected)
            QFAIL(qPrintable(QStringLiteral("\"%1\"\n  ICU:  %2\n  fast: %3")
                                 .arg(text, describe(text, expected), describe(text, actual))));
        ++compared;
    }
    QCOMPARE(compared, m_texts.size());
}

void TestAsciiWordBreak::colonAndNonAsciiGoToIcu()
{
    QVERIFY(tm::AsciiWordBreak::handles(QStringLiteral("Open the file (3.5 MB), don't wait_now")));
    QVERIFY(!tm::AsciiWordBreak::handles(QStringLiteral("EU:s regler"))); // one word in Swedish
    QVERIFY(!tm::AsciiWordBreak::handles(QStringLiteral("Öffnen")));
    QVERIFY(!tm::AsciiWordBreak::handles(QStringLiteral("a\u00A0b"))); // no-break space
}

QTEST_GUILESS_MAIN(TestAsciiWordBreak)
#include "TestAsciiWordBreak.moc"
