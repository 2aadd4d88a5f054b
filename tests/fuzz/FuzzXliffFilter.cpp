// libFuzzer target for the XLIFF filters (seed corpus: tests/data/xliff): the input goes to the
// filter whose detect() claims it, XLIFF 1.2 when neither does.
#include "FuzzRoundTrip.h"
#include "formats/Xliff12Filter.h"
#include "formats/Xliff2Filter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const tessera::formats::Xliff12Filter xliff12;
    static const tessera::formats::Xliff2Filter xliff2;
    const QByteArray head(reinterpret_cast<const char*>(data), qsizetype(qMin<std::size_t>(size, 4096)));
    if (xliff2.detect(QStringLiteral("fuzz.xlf"), head) > xliff12.detect(QStringLiteral("fuzz.xlf"), head))
        return tessera::fuzz::roundTrip(xliff2, data, size);
    return tessera::fuzz::roundTrip(xliff12, data, size);
}
