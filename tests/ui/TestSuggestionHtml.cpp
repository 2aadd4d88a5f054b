// Tests the rich text of the suggestions panel as a user reads it (rendered by QTextDocument): which
// words of a TM match are struck through, which words of the current source are shown inserted, that
// markup in a segment is shown as text, glossary terms marked once, and ages in words.
#include <QApplication>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

#include "terms/TermHit.h"
#include "tm/FuzzyScorer.h"
#include "tm/TmTokenizer.h"
#include "ui/editor/SuggestionHtml.h"

using namespace tessera;
using ui::editor::SuggestionHtml;

namespace {

struct Rendered {
    QString text;
    QStringList struck;      // words drawn struck through
    QStringList highlighted; // other words drawn on a background colour
};

Rendered render(const QString& html)
{
    QTextDocument document;
    document.setHtml(html);
    Rendered out;
    out.text = document.toPlainText();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QString text = fragment.text().trimmed();
            if (text.isEmpty())
                continue;
            if (fragment.charFormat().fontStrikeOut())
                out.struck.append(text);
            else if (fragment.charFormat().hasProperty(QTextFormat::BackgroundBrush))
                out.highlighted.append(text);
        }
    }
    return out;
}

QString diffHtml(const QString& query, const QString& match)
{
    const tm::TmTokenizer tokenizer(QStringLiteral("en"));
    const auto details = tm::FuzzyScorer::score(tokenizer.tokenize(query), tokenizer.tokenize(match));
    return SuggestionHtml::diff(query, match, details.diff, SuggestionHtml::colors(QApplication::palette()));
}

} // namespace

class TestSuggestionHtml : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void diffMarksWhatDiffers_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("match");
        QTest::addColumn<QString>("shown"); // the plain text, thin spaces as blanks
        QTest::addColumn<QStringList>("struck");
        QTest::addColumn<QStringList>("highlighted");

        QTest::newRow("replaced word") << QStringLiteral("Couldn’t write to TIFF file")
                                       << QStringLiteral("Couldn’t write to BMP file")
                                       << QStringLiteral("Couldn’t write to BMP TIFF file")
                                       << QStringList{QStringLiteral("BMP")} << QStringList{QStringLiteral("TIFF")};
        QTest::newRow("word only the match has")
            << QStringLiteral("Failed to open file") << QStringLiteral("Failed to open temporary file")
            << QStringLiteral("Failed to open temporary file") << QStringList{QStringLiteral("temporary")}
            << QStringList{};
        QTest::newRow("word only the query has")
            << QStringLiteral("Failed to open temporary file") << QStringLiteral("Failed to open file")
            << QStringLiteral("Failed to open temporary file") << QStringList{}
            << QStringList{QStringLiteral("temporary")};
        QTest::newRow("case only") << QStringLiteral("image format unknown") << QStringLiteral("Image format unknown")
                                   << QStringLiteral("Image format unknown") << QStringList{}
                                   << QStringList{QStringLiteral("Image")};
        QTest::newRow("identical") << QStringLiteral("Save <b>%1</b>?") << QStringLiteral("Save <b>%1</b>?")
                                   << QStringLiteral("Save <b>%1</b>?") << QStringList{} << QStringList{};
    }

    void diffMarksWhatDiffers()
    {
        QFETCH(QString, query);
        QFETCH(QString, match);
        QFETCH(QString, shown);
        QFETCH(QStringList, struck);
        QFETCH(QStringList, highlighted);
        Rendered rendered = render(diffHtml(query, match));
        QCOMPARE(rendered.text.replace(QChar(0x2009), QLatin1Char(' ')).simplified(), shown);
        QCOMPARE(rendered.struck, struck);
        QCOMPARE(rendered.highlighted, highlighted);
    }

    void termsAreMarkedOnce()
    {
        const QString source = QStringLiteral("Could not get image height (bad <TIFF> file)");
        terms::TermHit height;
        height.start = source.indexOf(QStringLiteral("height"));
        height.length = 6;
        terms::TermHit sameSpan = height; // another concept for the same words
        sameSpan.conceptId = QStringLiteral("other");
        terms::TermHit file;
        file.start = source.indexOf(QStringLiteral("file"));
        file.length = 4;
        const Rendered rendered = render(SuggestionHtml::markTerms(source, {height, sameSpan, file},
                                                                   SuggestionHtml::colors(QApplication::palette())));
        QCOMPARE(rendered.text, source);
        QCOMPARE(rendered.highlighted, (QStringList{QStringLiteral("height"), QStringLiteral("file")}));
    }

    void ageInWords_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("pattern");
        QTest::newRow("seconds") << qint64(59) << QStringLiteral("^just now$");
        QTest::newRow("in the future (clock skew)") << qint64(-3600) << QStringLiteral("^just now$");
        QTest::newRow("minutes") << qint64(5 * 60 + 10) << QStringLiteral("^5 minute");
        QTest::newRow("hours") << qint64(2 * 3600) << QStringLiteral("^2 hour");
        QTest::newRow("days") << qint64(3 * 86400 + 100) << QStringLiteral("^3 day");
        QTest::newRow("months") << qint64(70 * 86400) << QStringLiteral("^2 month");
        QTest::newRow("years") << qint64(800 * 86400) << QStringLiteral("^2 year");
    }

    void ageInWords()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, pattern);
        const QDateTime now(QDate(2026, 11, 23), QTime(9, 0), QTimeZone::UTC);
        const QString age = SuggestionHtml::age(now.addSecs(-seconds), now);
        QVERIFY2(age.contains(QRegularExpression(pattern)), qPrintable(age));
        QVERIFY(SuggestionHtml::age(QDateTime(), now).isEmpty());
    }
};

QTEST_MAIN(TestSuggestionHtml)
#include "TestSuggestionHtml.moc"
