// libFuzzer target for the Android string resource filter (seed corpus: tests/data/android).
#include "FuzzRoundTrip.h"
#include "formats/AndroidFilter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const tessera::formats::AndroidFilter filter;
    return tessera::fuzz::roundTrip(filter, data, size);
}
