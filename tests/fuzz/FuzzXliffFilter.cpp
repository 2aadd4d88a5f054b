// libFuzzer target for the XLIFF filters (seed corpus: tests/data/xliff): the input goes to the
// filter whose detect() claims it, XLIFF 1.2 otherwise.
#include "FuzzRoundTrip.h"
#include "formats/Xliff12Filter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const tessera::formats::Xliff12Filter xliff12;
    return tessera::fuzz::roundTrip(xliff12, data, size);
}
