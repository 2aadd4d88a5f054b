// Tests the TM tokenizer and the scoring table: what scores what, and why (docs/TM-MATCHING.md).
#include <QTest>

#include "tm/FuzzyScorer.h"
#include "tm/TmTokenizer.h"

using namespace tessera;
using tm::TokenKind;

class TestFuzzyScorer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tokenKinds_data();
    void tokenKinds();
    void spansPointIntoTheOriginal();
    void scoringTable_data();
    void scoringTable();
    void diffShowsWhatDiffers();
    void boundsAgreeWithTheScore();
    void veryLongTextsAreScoredWithoutAlignment();

private:
    tm::TmTokenizer m_tokenizer{QStringLiteral("en")};
};

namespace {

// "W:open" word, "N" number, "P" placeable, "T" tag (placeable of kind Tag), ".:," punctuation.
QString describe(const tm::TokenizedText& text)
{
    QStringList out;
    for (qsizetype i = 0; i < text.tokens.size(); ++i) {
        const tm::TmToken& t = text.tokens[i];
        switch (t.kind) {
        case TokenKind::Word:
            out.append(QStringLiteral("W:") + t.key);
            break;
        case TokenKind::Number:
            out.append(QStringLiteral("N:") + text.surface(i).toString());
            break;
        case TokenKind::Placeable:
            out.append((t.key == tm::s_tagKey ? QStringLiteral("T:") : QStringLiteral("P:")) +
                       text.surface(i).toString());
            break;
        case TokenKind::Punctuation:
            out.append(QStringLiteral(".:") + t.key);
            break;
        }
    }
    return out.join(QLatin1Char(' '));
}

} // namespace

void TestFuzzyScorer::tokenKinds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("tokens");
    QTest::newRow("words are case-folded, punctuation kept") << "Open the File." << "W:open W:the W:file .:.";
    QTest::newRow("printf, i18next and tags are one token each")
        << "Copy %s to {{name}} <b>now</b>" << "W:copy P:%s W:to P:{{name}} T:<b> W:now T:</b>";
    QTest::newRow("a number is one token of the number class")
        << "Delete 1,000.50 files" << "W:delete N:1,000.50 W:files";
    QTest::newRow("full case folding and NFC: STRASSE, Straße") << "STRASSE Straße" << "W:strasse W:strasse";
    QTest::newRow("CJK: one token per character") << "文件已保存。" << "W:文 W:件 W:已 W:保 W:存 .:。";
    QTest::newRow("an apostrophe inside a word joins it (UAX #29)") << "don't l'ordinateur" << "W:don't W:l'ordinateur";
    QTest::newRow("no placeable in prose") << "100% sure, AT & T" << "N:100 .:% W:sure .:, W:at .:& W:t";
}

void TestFuzzyScorer::tokenKinds()
{
    QFETCH(QString, text);
    QFETCH(QString, tokens);
    QCOMPARE(describe(m_tokenizer.tokenize(text)), tokens);
}

void TestFuzzyScorer::spansPointIntoTheOriginal()
{
    const QString text = QStringLiteral("  Größe: %1 <b>KB</b>");
    const tm::TokenizedText t = m_tokenizer.tokenize(text);
    QStringList surfaces;
    for (qsizetype i = 0; i < t.tokens.size(); ++i)
        surfaces.append(t.surface(i).toString());
    QCOMPARE(surfaces, (QStringList{"Größe", ":", "%1", "<b>", "KB", "</b>"}));
    QCOMPARE(t.tokens[0].gapBefore, tm::Gap::Other); // two spaces before the first word
    QCOMPARE(t.tokens[2].gapBefore, tm::Gap::Space);
    QCOMPARE(t.tokens[4].gapBefore, tm::Gap::None);
}

void TestFuzzyScorer::scoringTable_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("match");
    QTest::addColumn<int>("low");
    QTest::addColumn<int>("high");
    // Bases are real messages (coreutils, apt, findutils and Debian package descriptions).
    QTest::newRow("identical: 100") << "Cannot open the file" << "Cannot open the file" << 100 << 100;
    QTest::newRow("case only: 99, one word's case") << "Cannot open the file" << "cannot open the file" << 99 << 99;
    QTest::newRow("case of four words: 97, case costs at most 3")
        << "Cannot open the file" << "CANNOT OPEN THE FILE" << 97 << 97;
    QTest::newRow("trailing full stop: 99, punctuation is weightless but not free")
        << "Cannot open the file." << "Cannot open the file" << 99 << 99;
    QTest::newRow("punctuation costs at most 3") << "Really?!?!" << "Really" << 97 << 97;
    QTest::newRow("double space: 99, white space costs 1")
        << "Cannot open  the file" << "Cannot open the file" << 99 << 99;
    QTest::newRow("another number: 99, numbers are one class")
        << "Need to get 3 MB of archives." << "Need to get 5 MB of archives." << 99 << 99;
    QTest::newRow("two other numbers: 98") << "Fetched 20 kB in 3 seconds" << "Fetched 19 kB in 2 seconds" << 98 << 98;
    QTest::newRow("another placeholder: 99, placeables are one class")
        << "cannot stat %s" << "cannot stat %d" << 99 << 99;
    QTest::newRow("other tags, both ends: 98") << "Click <b>here</b> now" << "Click <i>here</i> now" << 98 << 98;
    QTest::newRow("NFD spelling of the same two words: 98, like case") << QString::fromUtf8("Größe ändern")
                                                                       << QString::fromUtf8("Gro\xcc\x88\xc3\x9f"
                                                                                            "e a\xcc\x88ndern")
                                                                       << 98 << 98;
    QTest::newRow("one word of four differs: 75") << "Save the current file" << "Save the current document" << 75 << 75;
    QTest::newRow("one word of five missing: 80")
        << "Remove the selected file now" << "Remove the selected file" << 80 << 80;
    QTest::newRow("one word of ten differs: 90")
        << "This package contains the documentation for the GNU C library."
        << "This package contains the documentation for the GNU C compiler." << 89 << 90;
    QTest::newRow("placeholder instead of a word: 66, different classes")
        << "cannot open %s" << "cannot open file" << 66 << 66;
    QTest::newRow("tag instead of placeholder: 50, tags are their own class") << "Click <b>" << "Click %s" << 50 << 50;
    QTest::newRow("two words swapped: 0, word order matters") << "file open" << "open file" << 0 << 0;
    QTest::newRow("CJK one character of five: 80") << "文件已保存" << "文件未保存" << 80 << 80;
    QTest::newRow("unrelated sentences: below 30") << "Install the package" << "Remove all files quickly" << 0 << 30;
    QTest::newRow("only punctuation, different: below 100") << "..." << "…" << 0 << 0;
}

void TestFuzzyScorer::scoringTable()
{
    QFETCH(QString, query);
    QFETCH(QString, match);
    QFETCH(int, low);
    QFETCH(int, high);
    const auto details = tm::FuzzyScorer::score(m_tokenizer.tokenize(query), m_tokenizer.tokenize(match));
    QVERIFY2(details.score >= low && details.score <= high,
             qPrintable(QStringLiteral("score %1 (base %2, placeables -%3, case -%4, punctuation -%5, space -%6)")
                            .arg(details.score)
                            .arg(details.baseScore)
                            .arg(details.placeablePenalty)
                            .arg(details.casePenalty)
                            .arg(details.punctuationPenalty)
                            .arg(details.whitespacePenalty)));
    // The measure is symmetric.
    QCOMPARE(tm::FuzzyScorer::score(m_tokenizer.tokenize(match), m_tokenizer.tokenize(query)).score, details.score);
}

void TestFuzzyScorer::diffShowsWhatDiffers()
{
    const QString query = QStringLiteral("Delete 3 old files?");
    const QString match = QStringLiteral("delete 5 files!");
    const auto details = tm::FuzzyScorer::score(m_tokenizer.tokenize(query), m_tokenizer.tokenize(match));
    QStringList ops;
    for (const tm::DiffOp& op : details.diff) {
        const QString q = query.mid(op.queryStart, op.queryLength);
        const QString m = match.mid(op.matchStart, op.matchLength);
        switch (op.kind) {
        case tm::DiffOp::Kind::Equal:
            ops.append(QStringLiteral("=") + q);
            break;
        case tm::DiffOp::Kind::Changed:
            ops.append(QStringLiteral("~%1/%2").arg(q, m));
            break;
        case tm::DiffOp::Kind::Replaced:
            ops.append(QStringLiteral("*%1/%2").arg(q, m));
            break;
        case tm::DiffOp::Kind::Inserted:
            ops.append(QStringLiteral("+") + q);
            break;
        case tm::DiffOp::Kind::Deleted:
            ops.append(QStringLiteral("-") + m);
            break;
        }
    }
    QCOMPARE(ops, (QStringList{"~Delete/delete", "~3/5", "+old", "=files", "*?/!"}));
    QCOMPARE(details.baseScore, 75); // 4 words against 3, one edit
    QCOMPARE(details.score, 75 - 1 - 1 - 1);
}

void TestFuzzyScorer::boundsAgreeWithTheScore()
{
    // maxEdits(t, m, n) is the largest d whose baseScore still reaches t, for every t, m and n.
    for (int t = 1; t <= 100; ++t) {
        for (qsizetype m = 1; m <= 30; ++m) {
            for (qsizetype n = 1; n <= 30; ++n) {
                const qsizetype k = tm::FuzzyScorer::maxEdits(t, m, n);
                QVERIFY(tm::FuzzyScorer::baseScore(k, m, n) >= t);
                QVERIFY(tm::FuzzyScorer::baseScore(k + 1, m, n) < t);
            }
        }
    }
}

void TestFuzzyScorer::veryLongTextsAreScoredWithoutAlignment()
{
    // A whole manual page pasted as one segment: 2,500 words; the score stays the word measure.
    QStringList words;
    for (int i = 0; i < 2500; ++i)
        words.append(QStringLiteral("w%1").arg(i % 97));
    const QString query = words.join(QLatin1Char(' '));
    words[1000] = QStringLiteral("changed");
    const QString match = words.join(QLatin1Char(' ')) + QLatin1Char('.');
    const auto details = tm::FuzzyScorer::score(m_tokenizer.tokenize(query), m_tokenizer.tokenize(match));
    QCOMPARE(details.wordEdits, 1);
    QCOMPARE(details.score, 99); // floor(100 · 2499 / 2500), and not identical
    QCOMPARE(details.diff.size(), 1);
    QCOMPARE(details.diff[0].kind, tm::DiffOp::Kind::Replaced);
}

QTEST_GUILESS_MAIN(TestFuzzyScorer)
#include "TestFuzzyScorer.moc"
