// libFuzzer target for the JSON filters (seed corpus: tests/data/json): every input goes through the
// i18next, key-value JSON, ARB and String Catalog filters, each held to the round-trip invariants.
#include "FuzzRoundTrip.h"
#include "formats/ArbFilter.h"
#include "formats/I18nextFilter.h"
#include "formats/JsonFlatFilter.h"
#include "formats/XcstringsFilter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const tessera::formats::I18nextFilter i18next;
    static const tessera::formats::JsonFlatFilter flat;
    static const tessera::formats::ArbFilter arb;
    static const tessera::formats::XcstringsFilter xcstrings;
    tessera::fuzz::roundTrip(i18next, data, size);
    tessera::fuzz::roundTrip(flat, data, size);
    tessera::fuzz::roundTrip(arb, data, size);
    return tessera::fuzz::roundTrip(xcstrings, data, size);
}
