// TestPoCatalogs: catalogs as other tools and projects write them (Debian and npm packages, found
// by a sweep of real files through tessera-cli): read with every translation, written back for
// their language byte for byte, an edit changing its entry alone; the Language field as they fill it.
#include <QTest>

#include "TestData.h"
#include "formats/PoFilter.h"

using tessera::domain::Segment;
using tessera::domain::SegmentState;
using tessera::formats::ParsedDocument;
using tessera::formats::PoFilter;
using tessera::testsupport::errorText;

namespace {

QByteArray readData(const QString& name)
{
    return tessera::testsupport::readTestData(QStringLiteral("po"), name);
}

int countState(const ParsedDocument& document, SegmentState state)
{
    return int(std::count_if(document.segments.begin(), document.segments.end(),
                             [state](const Segment& s) { return s.state == state; }));
}

} // namespace

class TestPoCatalogs : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void otherToolsCatalogsComeBackAsTheyWere_data();
    void otherToolsCatalogsComeBackAsTheyWere();
    void languageFieldAsCatalogsWriteIt_data();
    void languageFieldAsCatalogsWriteIt();
};

void TestPoCatalogs::otherToolsCatalogsComeBackAsTheyWere_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("language"); // the project's: what export is asked to write
    QTest::addColumn<QString>("fileLanguage");
    QTest::addColumn<int>("translated");
    QTest::addColumn<int>("fuzzy");
    QTest::addColumn<int>("untranslated");
    // Counts from `msgfmt --statistics`.
    QTest::newRow("Language: persian") << QStringLiteral("wtforms-fa.po") << QStringLiteral("fa")
                                       << QStringLiteral("fa") << 30 << 0 << 3;
    QTest::newRow("nplurals=INTEGER, id")
        << QStringLiteral("horde-core-id.po") << QStringLiteral("id") << QString() << 51 << 62 << 98;
    QTest::newRow("nplurals=INTEGER, km")
        << QStringLiteral("horde-core-km.po") << QStringLiteral("km") << QString() << 74 << 42 << 95;
    QTest::newRow("zh_CN in a zh_Hans folder") << QStringLiteral("horizon-zh_Hans.po") << QStringLiteral("zh-Hans")
                                               << QStringLiteral("zh-CN") << 109 << 0 << 0;
    QTest::newRow("Language: ga") << QStringLiteral("simplecal-ga.po") << QStringLiteral("ga") << QStringLiteral("ga")
                                  << 19 << 0 << 0;
    QTest::newRow("two strings on a line")
        << QStringLiteral("volto-ro.po") << QStringLiteral("ro") << QStringLiteral("ro") << 968 << 0 << 33;
}

void TestPoCatalogs::otherToolsCatalogsComeBackAsTheyWere()
{
    // Catalogs as Debian and npm packages ship them: read with every translation, and written back
    // for their language unedited byte for byte (not made into a new catalog from a template), and
    // with one edit changed in that entry alone.
    QFETCH(QString, file);
    QFETCH(QString, language);
    QFETCH(QString, fileLanguage);
    QFETCH(int, translated);
    QFETCH(int, fuzzy);
    QFETCH(int, untranslated);
    const QByteArray data = readData(file);
    QVERIFY(!data.isEmpty());
    const PoFilter filter;
    auto document = filter.read(data, file);
    QVERIFY2(document, qPrintable(errorText(document)));
    QCOMPARE(document->targetLanguage, fileLanguage);
    QCOMPARE(countState(*document, SegmentState::Translated), translated);
    QCOMPARE(countState(*document, SegmentState::Draft), fuzzy);
    QCOMPARE(countState(*document, SegmentState::New), untranslated);
    auto written = filter.writeDocument(data, document->segments, file, language);
    QVERIFY2(written, qPrintable(errorText(written)));
    QVERIFY(*written == data);

    QList<Segment> edited = document->segments;
    const auto plural = std::find_if(edited.begin(), edited.end(), [](const Segment& s) {
        return s.isPlural() && s.state == SegmentState::Translated;
    });
    Segment& changed = plural != edited.end() ? *plural : edited.last();
    for (QString& target : changed.targets)
        target = QStringLiteral("neu ") + target;
    auto again = filter.writeDocument(data, edited, file, language);
    QVERIFY2(again, qPrintable(errorText(again)));
    auto reread = filter.read(*again, file);
    QVERIFY2(reread, qPrintable(errorText(reread)));
    QCOMPARE(reread->segments.size(), document->segments.size());
    for (qsizetype i = 0; i < edited.size(); ++i)
        QCOMPARE(reread->segments[i].targets, edited[i].targets);
    const QList<QByteArray> before = data.split('\n');
    const QList<QByteArray> after = again->split('\n');
    QCOMPARE(after.size(), before.size()); // the header and the other entries are as they were
    qsizetype differing = 0;
    for (qsizetype i = 0; i < before.size(); ++i)
        differing += before[i] != after[i] ? 1 : 0;
    QVERIFY(differing >= 1 && differing <= changed.targets.size() * 4);
}

void TestPoCatalogs::languageFieldAsCatalogsWriteIt_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("language");
    QTest::newRow("code") << "de" << "de";
    QTest::newRow("ga is Irish, not the language named Ga") << "ga" << "ga"; // libintl-perl's simplecal
    QTest::newRow("gettext locale") << "pt_BR" << "pt-BR";
    QTest::newRow("name") << "Ukrainian" << "uk";             // WordPress
    QTest::newRow("name in lower case") << "persian" << "fa"; // WTForms
    QTest::newRow("Irish by name") << "Irish" << "ga";
    QTest::newRow("neither") << "my language!" << "";
}

void TestPoCatalogs::languageFieldAsCatalogsWriteIt()
{
    QFETCH(QString, field);
    QFETCH(QString, language);
    const QByteArray data =
        "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Language: " + field.toUtf8() +
        "\\n\"\n\nmsgid \"Hello\"\nmsgstr \"Dia duit\"\n";
    auto document = PoFilter().read(data, QStringLiteral("x.po"));
    QVERIFY2(document, qPrintable(errorText(document)));
    QCOMPARE(document->targetLanguage, language);
    // Exported for its own language the catalog stays as it is.
    if (!language.isEmpty()) {
        auto written = PoFilter().writeDocument(data, document->segments, QStringLiteral("x.po"), language);
        QVERIFY2(written, qPrintable(errorText(written)));
        QCOMPARE(*written, data);
    }
}

QTEST_GUILESS_MAIN(TestPoCatalogs)
#include "TestPoCatalogs.moc"
