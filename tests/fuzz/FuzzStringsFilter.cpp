// libFuzzer target for the Apple .strings filter (seed corpus: tests/data/strings): the shared round
// trip, then the input as a pair with itself and with a two-entry source file, the streamed
// writePairTo against writePair, and the streamed read (readPairTo) against readPair.
#include "FuzzRoundTrip.h"
#include "formats/AppleStringsFilter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace tessera;
    static const formats::AppleStringsFilter filter;
    fuzz::roundTrip(filter, data, size);

    const QByteArray original(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString source = QStringLiteral("en.lproj/Localizable.strings");
    const QString german = QStringLiteral("de.lproj/Localizable.strings");
    const QByteArray twoEntries = "/* Note */\n\"a\" = \"A\";\n\"zz\" = \"Z\";\n";
    for (const QByteArray& sourceFile : {original, twoEntries}) {
        for (const QByteArray& translation : {original, twoEntries, QByteArray()})
            fuzz::checkStreamedRead(filter, sourceFile, source, translation, german, QStringLiteral("de"));
        auto pair = filter.readPair(sourceFile, source, original, german, QStringLiteral("de"));
        if (!pair)
            pair = filter.readPair(sourceFile, source, QByteArray(), german, QStringLiteral("de"));
        if (!pair)
            continue;
        for (const QByteArray& translation : {original, QByteArray()})
            fuzz::checkStreamedPair(filter, sourceFile, source, translation, pair->segments, german,
                                    QStringLiteral("de"));
    }
    return 0;
}
