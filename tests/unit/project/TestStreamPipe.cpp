// Tests StreamPipe, which reads a file on a worker thread while the import writes: the sink gets
// exactly what reading directly gives, in order; an error on either side ends it with that error
// and nothing after it.
#include <QTest>

#include "TestData.h"
#include "formats/PoFilter.h"
#include "formats/Xliff12Filter.h"
#include "project/StreamPipe.h"

using namespace tessera;
using formats::CollectingSink;
using testsupport::errorText;
using testsupport::readTestData;

namespace {

// Collects, and fails on the segment with the given order.
class FailingSink final : public formats::SegmentSink {
public:
    explicit FailingSink(int failAt)
        : m_failAt(failAt)
    {}
    domain::Result<void> begin(const formats::ParsedDocument&) override { return {}; }
    domain::Result<void> segment(domain::Segment&& segment) override
    {
        if (segment.order == m_failAt)
            return domain::fail(domain::ErrorCode::Conflict, QStringLiteral("the store said no"));
        orders.append(segment.order);
        return {};
    }
    QList<int> orders;

private:
    int m_failAt;
};

} // namespace

class TestStreamPipe : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameAsReadingDirectly_data();
    void sameAsReadingDirectly();
    void sinkErrorStopsTheReading();
    void readingErrorComesAfterWhatWasRead();
};

void TestStreamPipe::sameAsReadingDirectly_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("name");
    QTest::newRow("PO, 1,900 messages") << QStringLiteral("po") << QStringLiteral("glib20-de.po");
    QTest::newRow("XLIFF 1.2 with alt-trans") << QStringLiteral("xliff") << QStringLiteral("adduser-pretranslated.xlf");
}

void TestStreamPipe::sameAsReadingDirectly()
{
    QFETCH(QString, folder);
    QFETCH(QString, name);
    const QByteArray data = readTestData(folder, name);
    QVERIFY(!data.isEmpty());
    const formats::PoFilter po;
    const formats::Xliff12Filter xliff;
    const formats::Filter& filter = folder == u"po" ? static_cast<const formats::Filter&>(po) : xliff;
    const auto direct = filter.read(data, name);
    QVERIFY2(direct.has_value(), qPrintable(errorText(direct)));

    CollectingSink piped;
    const auto result = project::StreamPipe::run(filter, data, name, piped, 0); // always on a thread
    QVERIFY2(result.has_value(), qPrintable(errorText(result)));
    QCOMPARE(piped.document.targetLanguage, direct->targetLanguage);
    QCOMPARE(piped.document.segments.size(), direct->segments.size());
    QVERIFY(piped.document.segments.size() > 2 * project::StreamPipe::s_batchSize ||
            folder != u"po"); // several batches crossed
    for (qsizetype i = 0; i < direct->segments.size(); ++i) {
        QCOMPARE(piped.document.segments[i].key, direct->segments[i].key);
        QCOMPARE(piped.document.segments[i].order, direct->segments[i].order);
        QCOMPARE(piped.document.segments[i].targets, direct->segments[i].targets);
    }
    QCOMPARE(piped.document.candidates, direct->candidates);
}

void TestStreamPipe::sinkErrorStopsTheReading()
{
    const QByteArray data = readTestData(QStringLiteral("po"), QStringLiteral("glib20-de.po"));
    FailingSink sink(700);
    const auto result = project::StreamPipe::run(formats::PoFilter(), data, QStringLiteral("glib20-de.po"), sink, 0);
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().message, QStringLiteral("the store said no"));
    QCOMPARE(sink.orders.size(), 699);
    QCOMPARE(sink.orders.last(), 699);
}

void TestStreamPipe::readingErrorComesAfterWhatWasRead()
{
    QByteArray data = readTestData(QStringLiteral("po"), QStringLiteral("glib20-de.po"));
    // A broken string well into the file: the messages before it arrive, then the error.
    const qsizetype at = data.indexOf("\nmsgid ", data.size() / 2);
    QVERIFY(at > 0);
    data.insert(at + 1, "msgid \"unterminated\n");
    const auto direct = formats::PoFilter().read(data, QStringLiteral("broken.po"));
    QVERIFY(!direct.has_value());

    FailingSink sink(-1);
    const auto result = project::StreamPipe::run(formats::PoFilter(), data, QStringLiteral("broken.po"), sink, 0);
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().message, direct.error().message);
    QCOMPARE(result.error().line, direct.error().line);
    QVERIFY(sink.orders.size() > 500);
}

QTEST_GUILESS_MAIN(TestStreamPipe)
#include "TestStreamPipe.moc"
