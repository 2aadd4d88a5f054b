// TestMasker: placeables masked and restored on real strings (PO and Qt TS files of real projects),
// and replies that lost, repeated or broke a token flagged.
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

#include "TestData.h"
#include "formats/PoEntry.h"
#include "formats/PoParser.h"
#include "mt/Masker.h"
#include "text/Placeables.h"

using tessera::mt::Masker;
using tessera::mt::MaskStyle;

namespace {

// The msgids of a real PO file, as written (escapes such as \n kept: they are placeables too).
QStringList poSources(const QString& name)
{
    const QByteArray data = tessera::testsupport::readTestData(QStringLiteral("po"), name);
    tessera::formats::PoParser parser(data, name);
    tessera::formats::PoEntry entry;
    QStringList sources;
    while (auto more = parser.next(entry)) {
        if (!*more)
            break;
        if (!entry.isHeader())
            sources.append(QString::fromUtf8(entry.msgid));
    }
    return sources;
}

QStringList tsSources(const QString& name)
{
    QXmlStreamReader xml(tessera::testsupport::readTestData(QStringLiteral("ts"), name));
    QStringList sources;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("source"))
            sources.append(xml.readElementText());
    }
    return sources;
}

QStringList realSources()
{
    return poSources(QStringLiteral("adduser.pot")) + poSources(QStringLiteral("glib20-de.po")) +
           tsSources(QStringLiteral("qtmultimedia_ru.ts")) + tsSources(QStringLiteral("kodi-estuary_de.ts"));
}

} // namespace

class TestMasker : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTripOnRealStrings_data();
    void roundTripOnRealStrings();
    void providersMayMoveAndRespaceTokens();
    void aLostTokenIsFlaggedAndNamed();
    void aDuplicatedTokenIsFlagged();
    void anUnknownOrBrokenTokenIsFlagged();
    void aLiteralBracketInTheSourceIsNotDebris();
};

void TestMasker::roundTripOnRealStrings_data()
{
    QTest::addColumn<int>("style");
    QTest::newRow("brackets") << int(MaskStyle::Brackets);
    QTest::newRow("xml tags") << int(MaskStyle::XmlTags);
}

void TestMasker::roundTripOnRealStrings()
{
    QFETCH(int, style);
    const QStringList sources = realSources();
    QVERIFY2(sources.size() > 500, qPrintable(QString::number(sources.size())));
    int withPlaceables = 0;
    for (const QString& source : sources) {
        const auto masked = Masker::mask(source, MaskStyle(style));
        const auto found = tessera::text::Placeables::find(source);
        QCOMPARE(masked.placeables.size(), found.size());
        if (!found.isEmpty())
            ++withPlaceables;
        // Nothing of the placeables is left in the sent text except the tokens.
        for (int i = 0; i < masked.placeables.size(); ++i)
            QVERIFY2(masked.text.contains(Masker::token(i + 1, MaskStyle(style))), qPrintable(source));
        const auto restored = Masker::unmask(masked.text, masked);
        QCOMPARE(restored.text, source);
        QVERIFY2(restored.intact(), qPrintable(source));
    }
    QVERIFY2(withPlaceables > 100, qPrintable(QString::number(withPlaceables)));
}

void TestMasker::providersMayMoveAndRespaceTokens()
{
    const QString source = QStringLiteral("Copied %1 of %2 files to <b>%3</b>");
    const auto masked = Masker::mask(source, MaskStyle::Brackets);
    QCOMPARE(masked.text, QStringLiteral("Copied [[1]] of [[2]] files to [[3]][[4]][[5]]"));
    // A translation that reorders the tokens and puts spaces inside one.
    const auto restored = Masker::unmask(QStringLiteral("[[3]] [[ 4 ]][[5]]: [[2]] Dateien, [[1]] kopiert"), masked);
    QVERIFY(restored.intact());
    QCOMPARE(restored.text, QStringLiteral("<b> %3</b>: %2 Dateien, %1 kopiert"));

    const auto xml = Masker::mask(QStringLiteral("Open %s now"), MaskStyle::XmlTags);
    QCOMPARE(xml.text, QStringLiteral("Open <x id=\"1\"/> now"));
    const auto fromXml = Masker::unmask(QStringLiteral("Abre <x id='1'> ahora"), xml);
    QVERIFY(fromXml.intact());
    QCOMPARE(fromXml.text, QStringLiteral("Abre %s ahora"));
}

void TestMasker::aLostTokenIsFlaggedAndNamed()
{
    const auto masked = Masker::mask(QStringLiteral("Couldn't parse `%s', line %d.\\n"), MaskStyle::Brackets);
    QCOMPARE(masked.placeables, (QStringList{QStringLiteral("%s"), QStringLiteral("%d"), QStringLiteral("\\n")}));
    const auto restored = Masker::unmask(QStringLiteral("No se pudo analizar «[[1]]», línea.[[3]]"), masked);
    QVERIFY(!restored.intact());
    QCOMPARE(restored.missing, QStringList{QStringLiteral("%d")});
    QCOMPARE(restored.text, QStringLiteral("No se pudo analizar «%s», línea.\\n"));
}

void TestMasker::aDuplicatedTokenIsFlagged()
{
    const auto masked = Masker::mask(QStringLiteral("%1 of %2"), MaskStyle::Brackets);
    const auto restored = Masker::unmask(QStringLiteral("[[1]] de [[2]] ([[1]])"), masked);
    QVERIFY(!restored.intact());
    QCOMPARE(restored.duplicated, QStringList{QStringLiteral("%1")});
    QVERIFY(restored.missing.isEmpty());
}

void TestMasker::anUnknownOrBrokenTokenIsFlagged()
{
    const auto masked = Masker::mask(QStringLiteral("Delete %n files?"), MaskStyle::Brackets);
    const auto unknown = Masker::unmask(QStringLiteral("¿Borrar [[1]] archivos [[7]]?"), masked);
    QVERIFY(unknown.mangled);
    QVERIFY(!unknown.intact());
    const auto broken = Masker::unmask(QStringLiteral("¿Borrar [[1] archivos?"), masked);
    QVERIFY(!broken.intact());
    QCOMPARE(broken.missing, QStringList{QStringLiteral("%n")});
    const auto debris = Masker::unmask(QStringLiteral("¿Borrar [[1]] archivos [[?"), masked);
    QVERIFY(debris.mangled);
    QVERIFY(debris.missing.isEmpty());
}

void TestMasker::aLiteralBracketInTheSourceIsNotDebris()
{
    const auto masked = Masker::mask(QStringLiteral("Use [[name]] for %s"), MaskStyle::Brackets);
    const auto restored = Masker::unmask(QStringLiteral("Utilice [[name]] para [[1]]"), masked);
    QVERIFY2(restored.intact(), qPrintable(restored.text));
    QCOMPARE(restored.text, QStringLiteral("Utilice [[name]] para %s"));
}

QTEST_GUILESS_MAIN(TestMasker)
#include "TestMasker.moc"
