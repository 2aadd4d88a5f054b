// libFuzzer target for the Android string resource filter (seed corpus: tests/data/android): the
// shared round trip, then the same input as a Russian file (CLDR plural categories), as a pair with
// itself (readPair/writePair, and the streamed writePairTo against writePair), the streamed
// readPairTo against readPair (as source, and as the translation of a file of every kind), and
// create() read back.
#include "FuzzRoundTrip.h"
#include "formats/AndroidFilter.h"
#include "formats/AndroidReader.h"
#include "formats/AndroidWriter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace tessera;
    static const formats::AndroidFilter filter;
    tessera::fuzz::roundTrip(filter, data, size);

    const QByteArray original(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString russian = QStringLiteral("res/values-ru/strings.xml");
    const auto document = formats::AndroidReader::read(original, russian);
    if (!document)
        return 0;
    const auto written = formats::AndroidWriter::write(original, document->segments, russian);
    if (!written || *written != original)
        tessera::fuzz::violation("values-ru: write(original, read(original)) is not byte-identical");

    const QString source = QStringLiteral("res/values/strings.xml");
    static const QByteArray defaults = R"(<?xml version="1.0" encoding="utf-8"?>
<resources xmlns:xliff="urn:oasis:names:tc:xliff:document:1.2">
    <string name="a">A</string>
    <plurals name="b"><item quantity="one">%d b</item><item quantity="other">%d bs</item></plurals>
    <string-array name="c"><item>C1</item><item>C2</item></string-array>
    <string name="d" translatable="false">D</string>
</resources>
)";
    tessera::fuzz::checkStreamedRead(filter, defaults, source, original, russian, QStringLiteral("ru"));
    tessera::fuzz::checkStreamedRead(filter, original, source, original, russian, QStringLiteral("ru"));
    tessera::fuzz::checkStreamedRead(filter, original, source, QByteArray(), russian, QStringLiteral("ru"));
    const auto pair = formats::AndroidReader::readPair(original, source, original, russian);
    if (!pair)
        tessera::fuzz::violation("readPair of a file with itself failed where read() did not");
    const auto pairWritten = formats::AndroidWriter::writePair(original, source, original, pair->segments, russian);
    if (!pairWritten || *pairWritten != original)
        tessera::fuzz::violation("writePair(unchanged) is not byte-identical");

    for (const QByteArray& translation : {original, QByteArray()})
        tessera::fuzz::checkStreamedPair(filter, original, source, translation, pair->segments, russian,
                                         QStringLiteral("ru"));

    const auto created = filter.create(*document, russian);
    if (!created)
        return 0; // e.g. markup that cannot be written
    const auto again = formats::AndroidReader::read(*created, russian);
    if (!again)
        tessera::fuzz::violation("reading a created file failed");
    if (again->segments.size() != document->segments.size())
        tessera::fuzz::violation("a created file reads back with another number of segments");
    return 0;
}
