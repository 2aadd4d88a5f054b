// libFuzzer target for the JSON filters (seed corpus: tests/data/json): every input goes through the
// i18next, key-value JSON, ARB and String Catalog filters, each held to the round-trip invariants;
// then, for the three key-value filters, the streamed writePairTo must write what writePair writes
// (or fail as it does) with every other segment edited: the input as the translation of itself, as
// a new translation file, as the source of an empty one, and as the translation of a small
// source-language file (keys, nested objects and plural forms to insert into the input's layout).
#include "FuzzRoundTrip.h"
#include "formats/ArbFilter.h"
#include "formats/I18nextFilter.h"
#include "formats/JsonFlatFilter.h"
#include "formats/XcstringsFilter.h"

namespace {

using namespace tessera;

void streamedAsWhole(const formats::Filter& filter, const QByteArray& source, const QByteArray& translation,
                     const QString& translationName, const QString& language)
{
    const QString sourceName = QStringLiteral("locales/en.") + filter.extensions().value(0);
    auto pair = filter.readPair(source, sourceName, translation, translationName, language);
    if (!pair)
        pair = filter.readPair(source, sourceName, {}, translationName, language);
    if (!pair)
        pair = filter.readPair(translation, translationName, translation, translationName, language);
    if (!pair)
        return;
    fuzz::checkStreamedPair(filter, source, sourceName, translation, pair->segments, translationName, language);
}

void pairs(const formats::Filter& filter, const QByteArray& original)
{
    static const QByteArray source =
        "{\n  \"title\": \"Title\",\n  \"menu\": {\n    \"open\": \"Open\",\n"
        "    \"items_one\": \"{{count}} item\",\n    \"items_other\": \"{{count}} items\",\n"
        "    \"deep\": {\"x\": \"X\"}\n  },\n  \"place_ordinal_one\": \"{{count}}st\",\n"
        "  \"place_ordinal_other\": \"{{count}}th\",\n  \"@title\": {\"description\": \"d\"},\n"
        "  \"a.b\": \"dotted\"\n}\n";
    const QString extension = filter.extensions().value(0);
    for (const QString& language : {QStringLiteral("ru"), QStringLiteral("ar")}) {
        const QString name = QStringLiteral("locales/") + language + QLatin1Char('.') + extension;
        streamedAsWhole(filter, original, original, name, language);
        streamedAsWhole(filter, original, QByteArray(), name, language);
        streamedAsWhole(filter, source, original, name, language);
    }
    streamedAsWhole(filter, original, QByteArrayLiteral("{}"), QStringLiteral("locales/de.") + extension,
                    QStringLiteral("de"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const tessera::formats::I18nextFilter i18next;
    static const tessera::formats::JsonFlatFilter flat;
    static const tessera::formats::ArbFilter arb;
    static const tessera::formats::XcstringsFilter xcstrings;
    tessera::fuzz::roundTrip(i18next, data, size);
    tessera::fuzz::roundTrip(flat, data, size);
    tessera::fuzz::roundTrip(arb, data, size);
    const QByteArray original(reinterpret_cast<const char*>(data), qsizetype(size));
    pairs(i18next, original);
    pairs(flat, original);
    pairs(arb, original);
    return tessera::fuzz::roundTrip(xcstrings, data, size);
}
