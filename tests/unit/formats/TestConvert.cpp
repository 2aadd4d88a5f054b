// Tests converting real files between formats through Filter::create, as `tessera-cli convert` does:
// every real gettext catalogue to a Qt TS file and back keeps its messages, translations, states,
// notes and references, and the final PO file passes msgfmt --check; and to every other format
// keeps what that format can say.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "TestData.h"
#include "formats/FilterRegistry.h"
#include "formats/PoFilter.h"
#include "formats/TsFilter.h"

using tessera::domain::Segment;
using tessera::formats::FilterRegistry;
using tessera::formats::ParsedDocument;
using tessera::formats::PoFilter;
using tessera::formats::TsFilter;

using tessera::testsupport::errorText;

namespace {

QString poDir()
{
    return qEnvironmentVariable("TESSERA_SOURCE_DIR") + QStringLiteral("/tests/data/po/");
}

} // namespace

class TestConvert : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void poToTsAndBack_data();
    void poToTsAndBack();
    void poToEveryFormat_data();
    void poToEveryFormat();
};

void TestConvert::poToTsAndBack_data()
{
    QTest::addColumn<QString>("file");
    for (const QString& file : QDir(poDir()).entryList({QStringLiteral("*.po")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(file)) << file;
}

void TestConvert::poToTsAndBack()
{
    QFETCH(QString, file);
    QFile in(poDir() + file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const PoFilter po;
    const TsFilter ts;
    auto original = po.read(in.readAll(), file);
    QVERIFY2(original.has_value(), qPrintable(errorText(original)));
    if (original->targetLanguage.isEmpty())
        original->targetLanguage = QStringLiteral("de"); // software-properties-de.po has an empty Language

    const auto tsBytes = ts.create(*original, QStringLiteral("out.ts"));
    QVERIFY2(tsBytes.has_value(), qPrintable(errorText(tsBytes)));
    const auto viaTs = ts.read(*tsBytes, QStringLiteral("out.ts"));
    QVERIFY2(viaTs.has_value(), qPrintable(errorText(viaTs)));
    QCOMPARE(viaTs->targetLanguage, original->targetLanguage);

    const auto poBytes = po.create(*viaTs, QStringLiteral("back.po"));
    QVERIFY2(poBytes.has_value(), qPrintable(errorText(poBytes)));
    const auto back = po.read(*poBytes, QStringLiteral("back.po"));
    QVERIFY2(back.has_value(), qPrintable(errorText(back)));

    QCOMPARE(viaTs->segments.size(), original->segments.size());
    QCOMPARE(back->segments.size(), original->segments.size());
    for (qsizetype i = 0; i < original->segments.size(); ++i) {
        const Segment& a = original->segments[i];
        for (const Segment* b : {&viaTs->segments[i], &back->segments[i]}) {
            QCOMPARE(b->source, a.source);
            QCOMPARE(b->isPlural(), a.isPlural());
            QCOMPARE(b->state, a.state);
            QCOMPARE(b->context.note, a.context.note);
            QCOMPARE(b->context.locations, a.context.locations);
            // Plural forms follow the target language: Japanese PO files that declare two forms
            // (tar-ja.po) keep the one Japanese has.
            const qsizetype forms = std::min(a.targets.size(), b->targets.size());
            QCOMPARE(b->targets.mid(0, forms), a.targets.mid(0, forms));
        }
    }

    const QString msgfmt = QStandardPaths::findExecutable(QStringLiteral("msgfmt"));
    if (msgfmt.isEmpty())
        QSKIP("msgfmt (gettext) is not installed: the converted file was not checked by it");
    QTemporaryDir dir;
    QFile out(dir.filePath(QStringLiteral("back.po")));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(*poBytes);
    out.close();
    QProcess process;
    process.start(msgfmt,
                  {QStringLiteral("--check"), QStringLiteral("-o"), QStringLiteral("/dev/null"), out.fileName()});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QVERIFY2(process.readAllStandardError().isEmpty(), "msgfmt --check warned");
}

void TestConvert::poToEveryFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("states");    // the format says draft / translated
    QTest::addColumn<bool>("locations"); // … and source locations
    const QStringList files = QDir(poDir()).entryList({QStringLiteral("*.po")}, QDir::Files, QDir::Name);
    const struct {
        const char* format;
        bool states;
        bool locations;
    } formats[] = {{"xliff12", true, true}, {"xliff2", true, true}, {"android", false, false}};
    for (const auto& f : formats) {
        for (const QString& file : files) {
            QTest::addRow("%s %s", f.format, qPrintable(file))
                << file << QString::fromLatin1(f.format) << f.states << f.locations;
        }
    }
}

void TestConvert::poToEveryFormat()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(bool, states);
    QFETCH(bool, locations);
    QFile in(poDir() + file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    auto original = PoFilter().read(in.readAll(), file);
    QVERIFY2(original.has_value(), qPrintable(errorText(original)));
    if (original->targetLanguage.isEmpty())
        original->targetLanguage = QStringLiteral("de");
    original->sourceLanguage = QStringLiteral("en");

    const FilterRegistry registry;
    const auto* filter = registry.byId(format);
    QVERIFY(filter);
    const QString name = QStringLiteral("out.") + filter->extensions().value(0);
    const auto bytes = filter->create(*original, name);
    QVERIFY2(bytes.has_value(), qPrintable(errorText(bytes)));
    QCOMPARE(registry.detect(name, bytes->left(4096)), filter);
    const auto converted = filter->read(*bytes, name);
    QVERIFY2(converted.has_value(), qPrintable(errorText(converted)));
    QCOMPARE(converted->segments.size(), original->segments.size());
    // A monolingual file (Android) holds the translation, or the source where there is none yet.
    const bool monolingual =
        !filter->translationPath(QStringLiteral("res/values/strings.xml"), QStringLiteral("de")).isEmpty();
    for (qsizetype i = 0; i < original->segments.size(); ++i) {
        const Segment& a = original->segments[i];
        const Segment& b = converted->segments[i];
        QCOMPARE(b.isPlural(), a.isPlural());
        QCOMPARE(b.context.note, a.context.note);
        if (monolingual) {
            if (!a.isPlural()) {
                const QString text = a.targets.value(0).isEmpty() ? a.source : a.targets.value(0);
                QCOMPARE(b.source, text);
            }
            continue;
        }
        QCOMPARE(b.source, a.source);
        const qsizetype forms = std::min(a.targets.size(), b.targets.size());
        QCOMPARE(b.targets.mid(0, forms), a.targets.mid(0, forms));
        if (states)
            QCOMPARE(b.state, a.state);
        if (locations)
            QCOMPARE(b.context.locations, a.context.locations);
    }
}

QTEST_GUILESS_MAIN(TestConvert)
#include "TestConvert.moc"
