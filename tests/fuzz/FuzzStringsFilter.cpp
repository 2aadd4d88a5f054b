// libFuzzer target for the Apple .strings filter (seed corpus: tests/data/strings).
#include "FuzzRoundTrip.h"
#include "formats/AppleStringsFilter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const tessera::formats::AppleStringsFilter filter;
    return tessera::fuzz::roundTrip(filter, data, size);
}
