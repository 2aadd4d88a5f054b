// Tests term recognition: inflected forms in English, German and French, multi-word terms, case-
// sensitive terms, longest match, forbidden terms, no hits inside other words or across punctuation,
// languages without a stemmer, concurrent use, and recall on a real glossary over real sentences.
#include <thread>

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include "TempWorkspace.h"
#include "TestData.h"
#include "domain/Term.h"
#include "store/TermRepository.h"
#include "terms/Stemmer.h"
#include "terms/TermRecognizer.h"
#include "terms/Termbase.h"

using namespace tessera;
using domain::Concept;
using domain::Term;
using domain::TermStatus;
using testsupport::errorText;

namespace {

Term term(const QString& language, const QString& text, TermStatus status = TermStatus::Preferred,
          bool caseSensitive = false)
{
    Term t;
    t.language = language;
    t.text = text;
    t.status = status;
    t.caseSensitive = caseSensitive;
    return t;
}

Concept entry(QList<Term> terms, const QString& definition = {})
{
    Concept c;
    c.terms = std::move(terms);
    c.definition = definition;
    return c;
}

// "text@start" for each hit, and the hit's first target: what a user sees highlighted.
QStringList spans(const QString& text, const QList<terms::TermHit>& hits)
{
    QStringList out;
    for (const terms::TermHit& hit : hits)
        out << QStringLiteral("%1@%2=%3")
                   .arg(text.mid(hit.start, hit.length))
                   .arg(hit.start)
                   .arg(hit.targets.isEmpty() ? QStringLiteral("-") : hit.targets.first().text);
    return out;
}

} // namespace

class TestTermRecognizer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void stemmersFollowTheLanguageTag();
    void recognizes_data();
    void recognizes();
    void caseSensitiveTermsNeedTheirCase();
    void acronymsKeepTheirCapitals();
    void longestMatchWins();
    void forbiddenTermsAreReportedWithTheirStatus();
    void targetsOfTheExactRegionComeFirst();
    void addedTermsAreRecognizedAtOnce();
    void concurrentCallsAgree();
    void realGlossaryFindsEveryVerbatimOccurrence_data();
    void realGlossaryFindsEveryVerbatimOccurrence();

private:
    std::unique_ptr<testsupport::TempWorkspace> m_ws;
    std::unique_ptr<terms::Termbase> m_termbase;
    QList<terms::TermHit> find(const QString& text, const QString& source, const QString& target);
};

void TestTermRecognizer::init()
{
    m_ws = std::make_unique<testsupport::TempWorkspace>();
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
    m_termbase = std::make_unique<terms::Termbase>(**m_ws);
    const QList<Concept> concepts{
        entry({term("en", "file"), term("de", "Datei"), term("fr", "fichier")}),
        entry({term("en", "translation memory"), term("de", "Translation-Memory"), term("de", "Übersetzungsspeicher"),
               term("fr", "mémoire de traduction")}),
        entry({term("en", "memory"), term("de", "Speicher"), term("fr", "mémoire")}),
        entry({term("en", "computer"), term("de", "Rechner"), term("fr", "ordinateur")}),
        entry({term("en", "file manager"), term("de", "Dateiverwaltung"), term("fr", "gestionnaire de fichiers")}),
        entry({term("en", "e-mail address"), term("de", "E-Mail-Adresse")}),
        entry({term("pl", "plik"), term("en", "data file")}),
    };
    for (const Concept& c : concepts) {
        auto added = m_termbase->addConcept(c);
        QVERIFY2(added, qPrintable(errorText(added)));
    }
}

void TestTermRecognizer::cleanup()
{
    m_termbase.reset();
    m_ws.reset();
}

QList<terms::TermHit> TestTermRecognizer::find(const QString& text, const QString& source, const QString& target)
{
    auto recognizer = m_termbase->recognizer(source, target);
    if (!recognizer) {
        qWarning() << errorText(recognizer);
        return {};
    }
    return (*recognizer)->recognize(text);
}

void TestTermRecognizer::stemmersFollowTheLanguageTag()
{
    QCOMPARE(terms::Stemmer::algorithmFor("en-GB"), QStringLiteral("english"));
    QCOMPARE(terms::Stemmer::algorithmFor("pt_BR"), QStringLiteral("portuguese"));
    QCOMPARE(terms::Stemmer::algorithmFor("nb"), QStringLiteral("norwegian"));
    QCOMPARE(terms::Stemmer::algorithmFor("ja"), QString());
    terms::Stemmer german("de-AT");
    QVERIFY(german.stems());
    QCOMPARE(german.stem(u"dateien"), german.stem(u"datei"));
    terms::Stemmer none("pl");
    QVERIFY(!none.stems());
    QCOMPARE(none.stem(u"pliki"), QStringLiteral("pliki"));
}

void TestTermRecognizer::recognizes_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("en plural") << "en" << "de" << "Open two files." << QStringList{"files@9=Datei"};
    QTest::newRow("en capitalised") << "en" << "de" << "Files are kept." << QStringList{"Files@0=Datei"};
    QTest::newRow("en multi-word inflected") << "en" << "de" << "Merge both translation memories now"
                                             << QStringList{"translation memories@11=Translation-Memory"};
    QTest::newRow("en line break inside a term")
        << "en" << "fr" << "the translation\n  memory" << QStringList{"translation\n  memory@4=mémoire de traduction"};
    QTest::newRow("en regional source tag") << "en-US" << "de-DE" << "a file" << QStringList{"file@2=Datei"};
    QTest::newRow("en no hit inside words")
        << "en" << "de" << "Your profile, the filesystem and fileserver" << QStringList{};
    QTest::newRow("en no hit across punctuation")
        << "en" << "de" << "translation, memory" << QStringList{"memory@13=Speicher"};
    QTest::newRow("en hyphen inside the term")
        << "en" << "de" << "Your e-mail addresses" << QStringList{"e-mail addresses@5=E-Mail-Adresse"};
    QTest::newRow("en hyphen missing") << "en" << "de" << "Your e mail addresses" << QStringList{};
    QTest::newRow("de plural") << "de" << "en" << "Alle Dateien löschen" << QStringList{"Dateien@5=file"};
    QTest::newRow("de genitive") << "de" << "fr" << "Der Name der Datei" << QStringList{"Datei@13=fichier"};
    QTest::newRow("de compound is another word") << "de" << "en" << "Der Dateimanager startet" << QStringList{};
    QTest::newRow("fr plural") << "fr" << "en" << "Copier les fichiers" << QStringList{"fichiers@11=file"};
    QTest::newRow("fr elision") << "fr" << "de" << "Redémarrer l'ordinateur" << QStringList{"ordinateur@13=Rechner"};
    QTest::newRow("fr elision typographic")
        << "fr" << "de" << "Redémarrer l’ordinateur" << QStringList{"ordinateur@13=Rechner"};
    QTest::newRow("fr multi-word plural") << "fr" << "en" << "Les mémoires de traduction du projet"
                                          << QStringList{"mémoires de traduction@4=translation memory"};
    QTest::newRow("pl no stemmer: exact words only")
        << "pl" << "en" << "Plik albo pliki" << QStringList{"Plik@0=data file"};
    QTest::newRow("no terms for the pair") << "en" << "ja" << "a file" << QStringList{"file@2=-"};
}

void TestTermRecognizer::recognizes()
{
    QFETCH(QString, source);
    QFETCH(QString, target);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(spans(text, find(text, source, target)), expected);
}

void TestTermRecognizer::caseSensitiveTermsNeedTheirCase()
{
    QVERIFY(m_termbase->addConcept(entry({term("en", "Word", TermStatus::Preferred, true), term("de", "Word")})));
    QVERIFY(m_termbase->addConcept(entry({term("en", "API", TermStatus::Preferred, true), term("de", "API")})));
    const QString text = QStringLiteral("Open it in Word, not word; two APIs, one api");
    const QStringList found = spans(text, find(text, "en", "de"));
    QCOMPARE(found, (QStringList{"Word@11=Word", "APIs@31=API"}));
}

void TestTermRecognizer::acronymsKeepTheirCapitals()
{
    // Not marked case-sensitive, yet "IT" is no match for the pronoun, while "file" matches "FILE".
    QVERIFY(m_termbase->addConcept(entry({term("en", "IT department"), term("de", "IT-Abteilung")})));
    QVERIFY(m_termbase->addConcept(entry({term("en", "IT"), term("de", "IT")})));
    const QString text = QStringLiteral("Is it IT? Ask the IT departments, it department, or read FILE");
    QCOMPARE(spans(text, find(text, "en", "de")),
             (QStringList{"IT@6=IT", "IT departments@18=IT-Abteilung", "FILE@57=Datei"}));
}

void TestTermRecognizer::longestMatchWins()
{
    const QString text = QStringLiteral("The translation memory uses memory; the file manager shows a file");
    const QList<terms::TermHit> hits = find(text, "en", "de");
    QCOMPARE(spans(text, hits), (QStringList{"translation memory@4=Translation-Memory", "memory@28=Speicher",
                                             "file manager@40=Dateiverwaltung", "file@61=Datei"}));
    // Both German terms of the concept, in the termbase's order.
    QCOMPARE(hits.first().targets.size(), 2);
    QCOMPARE(hits.first().targets.at(1).text, QStringLiteral("Übersetzungsspeicher"));
}

void TestTermRecognizer::forbiddenTermsAreReportedWithTheirStatus()
{
    auto added = m_termbase->addConcept(
        entry({term("en", "log in"), term("en", "login", TermStatus::Forbidden), term("de", "anmelden"),
               term("de", "einloggen", TermStatus::Forbidden), term("de", "einsteigen", TermStatus::Admitted)},
              "to identify oneself to a system"));
    QVERIFY2(added, qPrintable(errorText(added)));
    const QString text = QStringLiteral("Login first, then log in again");
    const QList<terms::TermHit> hits = find(text, "en", "de");
    QCOMPARE(hits.size(), 2);
    QCOMPARE(hits.at(0).source.text, QStringLiteral("login"));
    QCOMPARE(hits.at(0).source.status, TermStatus::Forbidden);
    QCOMPARE(hits.at(1).source.status, TermStatus::Preferred);
    QCOMPARE(hits.at(1).conceptId, hits.at(0).conceptId);
    QCOMPARE(hits.at(1).definition, QStringLiteral("to identify oneself to a system"));
    // Preferred, then admitted, then forbidden.
    QStringList targets;
    for (const Term& t : hits.at(1).targets)
        targets << t.text + QLatin1Char('/') + domain::termStatusName(t.status);
    QCOMPARE(targets, (QStringList{"anmelden/preferred", "einsteigen/admitted", "einloggen/forbidden"}));
}

void TestTermRecognizer::targetsOfTheExactRegionComeFirst()
{
    QVERIFY(m_termbase->addConcept(entry({term("en", "bag"), term("pt-PT", "saco"), term("pt-BR", "sacola")})));
    QCOMPARE(spans("a bag", find("a bag", "en", "pt-BR")), QStringList{"bag@2=sacola"});
    QCOMPARE(spans("a bag", find("a bag", "en", "pt-PT")), QStringList{"bag@2=saco"});
}

void TestTermRecognizer::addedTermsAreRecognizedAtOnce()
{
    QCOMPARE(find("Open the folder", "en", "de").size(), 0);
    auto added = m_termbase->addTermPair("en", "folder", "de", "Ordner");
    QVERIFY2(added, qPrintable(errorText(added)));
    QCOMPARE(spans("Open the folders", find("Open the folders", "en", "de")), QStringList{"folders@9=Ordner"});
    // A second translation of the same source term joins that concept instead of making another.
    auto again = m_termbase->addTermPair("en", "folder", "de", "Verzeichnis");
    QVERIFY2(again, qPrintable(errorText(again)));
    QCOMPARE(again->id, added->id);
    const auto hits = find("folder", "en", "de");
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().targets.size(), 2);
    QVERIFY(!m_termbase->addTermPair("en", "  ", "de", "leer"));
    QVERIFY(!m_termbase->addTermPair("english", "x", "de", "y"));
}

void TestTermRecognizer::concurrentCallsAgree()
{
    auto recognizer = m_termbase->recognizer("en", "de");
    QVERIFY2(recognizer, qPrintable(errorText(recognizer)));
    const QStringList texts{"Open two files.", "Merge both translation memories now", "The file manager",
                            "translation, memory", "Your e-mail addresses"};
    QList<QStringList> expected;
    for (const QString& text : texts)
        expected << spans(text, (*recognizer)->recognize(text));
    std::vector<std::thread> threads;
    std::atomic<int> mismatches = 0;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int round = 0; round < 200; ++round) {
                const qsizetype i = (round + t) % texts.size();
                if (spans(texts.at(i), (*recognizer)->recognize(texts.at(i))) != expected.at(i))
                    ++mismatches;
            }
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    QCOMPARE(mismatches.load(), 0);
}

void TestTermRecognizer::realGlossaryFindsEveryVerbatimOccurrence_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("column"); // of debian-descriptions-en-de.tsv
    QTest::addColumn<int>("atLeast");
    QTest::newRow("English terms in English sentences") << "en" << "de" << 0 << 300;
    QTest::newRow("German terms in German sentences") << "de" << "en" << 1 << 100;
}

void TestTermRecognizer::realGlossaryFindsEveryVerbatimOccurrence()
{
    // FreeDict's English-German nouns (tests/data/terms/README.md) over real Debian descriptions: every
    // place a term occurs exactly as written (any case, whole words, white space between) must be
    // found, unless a hit with at least as many words overlaps it.
    QFETCH(QString, source);
    QFETCH(QString, target);
    QFETCH(int, column);
    QFETCH(int, atLeast);
    const QString csv = testsupport::testDataDir("terms") + "freedict-eng-deu-nouns.csv";
    auto imported = m_termbase->importFile(csv);
    QVERIFY2(imported, qPrintable(errorText(imported)));
    QCOMPARE(imported->concepts, 2000);
    QFile tsv(testsupport::testDataDir("tm") + "debian-descriptions-en-de.tsv");
    QVERIFY(tsv.open(QIODevice::ReadOnly));
    QStringList sentences;
    while (!tsv.atEnd() && sentences.size() < 500)
        sentences << QString::fromUtf8(tsv.readLine()).trimmed().section(QLatin1Char('\t'), column, column);

    auto glossary = (**m_ws).terms().termsInLanguage(source);
    QVERIFY(glossary);
    QList<QRegularExpression> patterns;
    QList<int> wordCounts;
    QStringList firstWords; // lower case, to skip the regular expression where it cannot match
    for (const auto& [id, t] : *glossary) {
        firstWords << t.text.section(QRegularExpression("[ -]"), 0, 0).toLower();
        QString pattern = QRegularExpression::escape(t.text);
        pattern.replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
        // ICU's word boundaries: letters, digits and _ join, and so do . : ' ’ between two letters.
        patterns << QRegularExpression(
            QStringLiteral("(?<![\\p{L}\\p{N}_])(?<![\\p{L}\\p{N}][.:'’])%1(?![\\p{L}\\p{N}_])(?![.:'’][\\p{L}\\p{N}])")
                .arg(pattern),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        wordCounts << int(t.text.split(QRegularExpression("[ -]")).size());
    }
    auto recognizer = m_termbase->recognizer(source, target);
    QVERIFY(recognizer);
    int occurrences = 0;
    int hitsTotal = 0;
    for (const QString& sentence : sentences) {
        const QList<terms::TermHit> hits = (*recognizer)->recognize(sentence);
        hitsTotal += int(hits.size());
        const QString lower = sentence.toLower();
        for (qsizetype p = 0; p < patterns.size(); ++p) {
            if (!lower.contains(firstWords.at(p)))
                continue;
            auto it = patterns.at(p).globalMatch(sentence);
            while (it.hasNext()) {
                const auto m = it.next();
                ++occurrences;
                bool covered = false;
                for (const terms::TermHit& hit : hits) {
                    const bool overlaps = hit.start < m.capturedEnd() && m.capturedStart() < hit.start + hit.length;
                    const int words = int(hit.source.text.split(QRegularExpression("[ -]")).size());
                    covered = covered || (overlaps && words >= wordCounts.at(p));
                }
                QVERIFY2(covered, qPrintable(QStringLiteral("\"%1\" at %2 in \"%3\" was not found")
                                                 .arg(m.captured(), QString::number(m.capturedStart()), sentence)));
            }
        }
    }
    QVERIFY2(occurrences >= atLeast, qPrintable(QString::number(occurrences))); // words these sentences use
    QVERIFY(hitsTotal >= occurrences / 2);
}

QTEST_GUILESS_MAIN(TestTermRecognizer)
#include "TestTermRecognizer.moc"
