// Tests word and character counts as CAT tools count them, across scripts and with placeables.
#include <QTest>

#include "text/WordCounter.h"

using tessera::text::WordCounter;

class TestWordCounter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void count_data();
    void count();
    void reusesTheIterator();
};

void TestWordCounter::count_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("words");
    QTest::addColumn<qsizetype>("characters");
    auto row = [](const char* name, const char* language, const QString& text, qsizetype words, qsizetype characters) {
        QTest::newRow(name) << QString::fromLatin1(language) << text << words << characters;
    };

    row("empty", "en", "", 0, 0);
    row("blank", "en", "  \t\n ", 0, 0);
    row("english", "en", "The quick brown fox jumps over the lazy dog.", 9, 36);
    row("punctuation is no word", "en", "Hello, world! — really?", 3, 20);
    row("contraction", "en", "Don't stop", 2, 9);
    row("hyphenated", "en", "state-of-the-art", 4, 16);
    row("numbers are one word each", "en", "Version 2.4 costs $1,000.50 in 2026", 6, 30);
    row("german compound", "de", "Die Donaudampfschifffahrtsgesellschaft fährt.", 3, 43);
    row("german umlauts", "de", "Größe ändern", 2, 11);
    // UAX #29 as ICU implements it: an apostrophe between letters joins them, so "l'ordinateur" is one
    // word. CAT tools differ on elisions (some count two); Tessera follows ICU and says so here.
    row("french elision", "fr", "l'ordinateur", 1, 12);
    row("french sentence", "fr", "J'ai ouvert l'ordinateur d'Anne.", 4, 29);
    row("french typographic apostrophe", "fr", "l’ordinateur", 1, 12);
    // CJK: one word per character, punctuation not counted.
    row("chinese", "zh", "我们今天去北京。", 7, 8);
    row("chinese with latin", "zh", "使用Qt开发", 5, 6);
    row("japanese kanji and kana", "ja", "日本語のテキストを翻訳します。", 14, 15);
    row("japanese long vowel mark", "ja", "コーヒー", 4, 4);
    row("korean counts words", "ko", "번역 도구를 사용합니다", 3, 10);
    // Thai has no spaces; ICU's dictionary finds the words: ภาษา ไทย ง่าย นิด เดียว.
    row("thai", "th", "ภาษาไทยง่ายนิดเดียว", 5, 19);
    // Placeables count nothing and separate words.
    row("printf excluded", "en", "Delete %d files from %s?", 3, 16);
    row("qt excluded", "en", "Page %1 of %2", 2, 6);
    row("tags excluded", "en", "Click <b>here</b> to <a href=\"x\">continue</a>.", 4, 20);
    row("tag separates", "en", "Click<br/>here", 2, 9);
    row("icu plural excluded", "en", "{count, plural, one {# file} other {# files}}", 2, 9);
    row("entities and escapes", "en", "Tom &amp; Jerry\\n", 2, 8);
    row("only placeables", "en", "%1$s %2$s", 0, 0);
}

void TestWordCounter::count()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(qsizetype, words);
    QFETCH(qsizetype, characters);
    const WordCounter counter(language);
    const WordCounter::Counts counts = counter.count(text);
    QCOMPARE(counts.words, words);
    QCOMPARE(counts.characters, characters);
}

void TestWordCounter::reusesTheIterator()
{
    const WordCounter counter(QStringLiteral("en"));
    QCOMPARE(counter.words(QStringLiteral("one two three")), 3);
    QCOMPARE(counter.words(QStringLiteral("four")), 1);
    QCOMPARE(counter.characters(QStringLiteral("a b")), 2);
    WordCounter moved = WordCounter(QString()); // root rules when no language is given
    QCOMPARE(moved.words(QStringLiteral("hello world")), 2);
    const WordCounter garbage(QStringLiteral("not a tag"));
    QCOMPARE(garbage.words(QStringLiteral("hello world")), 2);
}

QTEST_GUILESS_MAIN(TestWordCounter)
#include "TestWordCounter.moc"
