// libFuzzer target for the Qt Linguist TS filter (seed corpus: tests/data/ts).
#include "FuzzRoundTrip.h"
#include "formats/TsFilter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const tessera::formats::TsFilter filter;
    return tessera::fuzz::roundTrip(filter, data, size);
}
