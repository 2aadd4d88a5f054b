// libFuzzer target for the TMX reader and writer (seed corpus: tests/data/tmx): when the reader accepts
// the bytes, writing its units and reading them again must give the same units.
#include <QBuffer>

#include "FuzzRoundTrip.h"
#include "formats/TmxReader.h"
#include "formats/TmxWriter.h"

namespace {

using tessera::formats::TmxUnit;

bool sameUnit(const TmxUnit& a, const TmxUnit& b)
{
    const auto& x = a.unit;
    const auto& y = b.unit;
    return x.id == y.id && x.sourceLanguage == y.sourceLanguage && x.targetLanguage == y.targetLanguage &&
           x.source == y.source && x.target == y.target && x.contextKey == y.contextKey && x.creator == y.creator &&
           x.createdAt == y.createdAt && x.changedAt == y.changedAt && x.usageCount == y.usageCount &&
           x.origin == y.origin && a.changeId == b.changeId && a.lastUsedAt == b.lastUsedAt &&
           a.properties == b.properties && a.notes == b.notes;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace tessera;
    const QByteArray original(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto first = formats::TmxReader::readAll(original, QStringLiteral("fuzz.tmx"));
    if (!first) {
        if (first.error().message.isEmpty() || first.error().line < 1)
            fuzz::violation("read() failed without a message or a line");
        return 0;
    }
    if (first->summary.units != first->units.size())
        fuzz::violation("the summary counts other units than were handed out");
    const auto written = formats::TmxWriter::toBytes(first->summary.header, first->units);
    if (!written)
        fuzz::violation("writing the units read failed");
    const auto again = formats::TmxReader::readAll(*written, QStringLiteral("fuzz.tmx"));
    if (!again)
        fuzz::violation("reading the written file failed");
    if (again->units.size() != first->units.size())
        fuzz::violation("reading the written file gave another number of units");
    for (qsizetype i = 0; i < first->units.size(); ++i) {
        if (!sameUnit(first->units[i], again->units[i]))
            fuzz::violation("reading the written file gave other units");
    }
    return 0;
}
