// Tests StreamPipe: reading a file on a worker thread hands the sink exactly what reading it directly
// would, in the same order, and errors from either side end it as they would.
#include <QTest>

#include "TestData.h"
#include "formats/ParsedDocument.h"
#include "formats/PoFilter.h"
#include "formats/SegmentSink.h"
#include "formats/Xliff12Filter.h"
#include "project/StreamPipe.h"

using namespace tessera;
using domain::Result;
using domain::Segment;
using project::StreamPipe;

namespace {

// What a sink saw, as lines to compare.
class RecordingSink final : public formats::SegmentSink {
public:
    Result<void> begin(const formats::ParsedDocument& header) override
    {
        lines << QStringLiteral("begin %1 %2").arg(header.sourceLanguage, header.targetLanguage);
        return {};
    }
    Result<void> segment(Segment&& segment) override
    {
        lines << QStringLiteral("segment %1 %2 %3 [%4] %5")
                     .arg(segment.order)
                     .arg(segment.key, segment.source, segment.targets.join(QLatin1Char('|')))
                     .arg(int(segment.state));
        if (++seen == failAt)
            return domain::fail(domain::ErrorCode::Database, QStringLiteral("disk full"));
        return {};
    }
    Result<void> candidate(formats::TranslationCandidate&& candidate) override
    {
        lines << QStringLiteral("candidate %1 %2").arg(candidate.segmentKey, candidate.target);
        return {};
    }

    QStringList lines;
    int failAt = 0; // fail on this segment (from 1); 0: never
    int seen = 0;
};

// A big catalogue, so that many batches cross over and the queue fills.
QByteArray bigCatalogue(int entries)
{
    QByteArray po = "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n";
    for (int i = 0; i < entries; ++i)
        po += "msgid \"File " + QByteArray::number(i) + "\"\nmsgstr \"Datei " + QByteArray::number(i) + "\"\n\n";
    return po;
}

} // namespace

class TestStreamPipe : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameEventsAsDirectReading_data();
    void sameEventsAsDirectReading();
    void sinkErrorStopsTheReading();
    void readingErrorComesAfterWhatWasRead();
};

void TestStreamPipe::sameEventsAsDirectReading_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("xliff 1.2 with alt-trans (real)")
        << QStringLiteral("xliff12")
        << testsupport::readTestData(QStringLiteral("xliff"), QStringLiteral("adduser-pretranslated.xlf"));
    QTest::newRow("xliff 1.2 (real)") << QStringLiteral("xliff12")
                                      << testsupport::readTestData(QStringLiteral("xliff"),
                                                                   QStringLiteral("software-properties-de.xlf"));
    QTest::newRow("po, many batches") << QStringLiteral("po") << bigCatalogue(20000);
}

void TestStreamPipe::sameEventsAsDirectReading()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, bytes);
    QVERIFY(!bytes.isEmpty());
    const formats::PoFilter po;
    const formats::Xliff12Filter xliff;
    const formats::Filter& filter = format == u"po" ? static_cast<const formats::Filter&>(po) : xliff;

    RecordingSink direct;
    QVERIFY(filter.stream(bytes, QStringLiteral("f"), direct));
    RecordingSink piped;
    QVERIFY(StreamPipe::run(filter, bytes, QStringLiteral("f"), piped, 0)); // on the worker thread
    QVERIFY(direct.lines.size() > 2);
    QCOMPARE(piped.lines, direct.lines);
}

void TestStreamPipe::sinkErrorStopsTheReading()
{
    const formats::PoFilter po;
    RecordingSink sink;
    sink.failAt = 3000;
    auto result = StreamPipe::run(po, bigCatalogue(20000), QStringLiteral("f"), sink, 0);
    QVERIFY(!result);
    QCOMPARE(result.error().message, QStringLiteral("disk full"));
    QCOMPARE(sink.seen, 3000); // nothing handed over after the error
}

void TestStreamPipe::readingErrorComesAfterWhatWasRead()
{
    const formats::PoFilter po;
    QByteArray bytes = bigCatalogue(5000) + "msgid \"Broken\nmsgstr \"\"\n";
    RecordingSink direct;
    auto directResult = po.stream(bytes, QStringLiteral("f.po"), direct);
    QVERIFY(!directResult);
    RecordingSink piped;
    auto pipedResult = StreamPipe::run(po, bytes, QStringLiteral("f.po"), piped, 0);
    QVERIFY(!pipedResult);
    QCOMPARE(pipedResult.error().message, directResult.error().message);
    QCOMPARE(pipedResult.error().line, directResult.error().line);
    QCOMPARE(piped.lines, direct.lines);
    QCOMPARE(piped.seen, 5000);
}

QTEST_GUILESS_MAIN(TestStreamPipe)
#include "TestStreamPipe.moc"
