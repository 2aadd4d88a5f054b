// libFuzzer target for the gettext PO filter (seed corpus: tests/data/po).
#include "FuzzRoundTrip.h"
#include "formats/PoFilter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const tessera::formats::PoFilter filter;
    return tessera::fuzz::roundTrip(filter, data, size);
}
