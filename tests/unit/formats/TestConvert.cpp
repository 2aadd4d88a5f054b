// Tests converting real files between formats through Filter::create, as `tessera-cli convert` does:
// every real gettext catalogue to a Qt TS file and back keeps its messages, translations, states,
// notes and references, and the final PO file passes msgfmt --check.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "formats/PoFilter.h"
#include "formats/TsFilter.h"

using tessera::domain::Segment;
using tessera::formats::ParsedDocument;
using tessera::formats::PoFilter;
using tessera::formats::TsFilter;

namespace {

QString poDir()
{
    return qEnvironmentVariable("TESSERA_SOURCE_DIR") + QStringLiteral("/tests/data/po/");
}

template <typename T> QString errorText(const T& result)
{
    return result.has_value() ? QString() : result.error().describe();
}

} // namespace

class TestConvert : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void poToTsAndBack_data();
    void poToTsAndBack();
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

QTEST_GUILESS_MAIN(TestConvert)
#include "TestConvert.moc"
