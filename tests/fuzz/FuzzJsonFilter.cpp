// libFuzzer target for the JSON filters (seed corpus: tests/data/json): every input goes through the
// i18next, key-value JSON, ARB and String Catalog filters, each held to the round-trip invariants;
// then, for the three key-value filters, the streamed writePairTo must write what writePair writes
// (or fail as it does) with every other segment edited: the input as the translation of itself, as
// a new translation file, as the source of an empty one, and as the translation of a small
// source-language file (keys, nested objects and plural forms to insert into the input's layout), also
// one whose root is its language's member ({"en": {…}}), with the input bare and as {"ru": input}.
// In each of those pairs the streamed readPairTo must also give what readPair gives (or fail as it does).
// For String Catalogs, the streamed writer of every language at once (writeLanguagesTo) must write
// what the chain of writePair calls writes, language after language (or fail as it does).
#include <memory>
#include <vector>

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
    fuzz::checkStreamedRead(filter, source, sourceName, translation, translationName, language);
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
    static const QByteArray rootSource = "{\"en\": " + source + "}";
    const QString extension = filter.extensions().value(0);
    for (const QString& language : {QStringLiteral("ru"), QStringLiteral("ar")}) {
        const QString name = QStringLiteral("locales/") + language + QLatin1Char('.') + extension;
        streamedAsWhole(filter, original, original, name, language);
        streamedAsWhole(filter, original, QByteArray(), name, language);
        streamedAsWhole(filter, source, original, name, language);
        // A source whose root holds one member named by its language ({"en": {…}}): the input as
        // its translation, bare and as the member of its own language.
        streamedAsWhole(filter, rootSource, original, name, language);
        streamedAsWhole(filter, rootSource, "{\"" + language.toUtf8() + "\": " + original + "}", name, language);
    }
    streamedAsWhole(filter, original, QByteArrayLiteral("{}"), QStringLiteral("locales/de.") + extension,
                    QStringLiteral("de"));
}

// The input's first two languages and a new one, every other segment of each edited (the other
// half in each next language), written together: streamed as by the chain of writePair calls.
void languagesTogether(const formats::XcstringsFilter& filter, const QByteArray& original)
{
    const QString name = QStringLiteral("Localizable.xcstrings");
    QStringList languages = filter.languages(original, name).value_or(QStringList{}).mid(0, 2);
    languages.append(QStringLiteral("ru"));
    QList<QList<domain::Segment>> segments;
    for (const QString& language : std::as_const(languages)) {
        auto document = filter.readLanguage(original, name, language);
        QList<domain::Segment> list = document ? document->segments : QList<domain::Segment>{};
        list.removeIf([](const domain::Segment& s) { return s.flags.testFlag(domain::SegmentFlag::Obsolete); });
        for (qsizetype i = segments.size() % 2; i < list.size(); i += 2) {
            for (QString& target : list[i].targets)
                target = QStringLiteral("neu \"ü\" \\ & ") + target;
            if (list[i].targets.isEmpty())
                list[i].targets = {QStringLiteral("neu")};
            list[i].state = domain::SegmentState::Translated;
        }
        segments.append(list);
    }
    domain::Result<QByteArray> whole = original;
    for (qsizetype i = 0; i < languages.size() && whole; ++i)
        whole = filter.writePair(*whole, name, {}, segments[i], {}, languages[i]);
    std::vector<std::unique_ptr<formats::SegmentList>> lists;
    QList<formats::LanguageSegments> together;
    for (qsizetype i = 0; i < languages.size(); ++i) {
        lists.push_back(std::make_unique<formats::SegmentList>(segments[i]));
        together.append(formats::LanguageSegments{languages[i], lists.back().get()});
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const auto streamed = filter.writeLanguagesTo(buffer, original, name, together);
    if (bool(streamed) != bool(whole))
        fuzz::violation("writeLanguagesTo succeeds where the writePair chain fails, or fails where it succeeds");
    if (whole && bytes != *whole)
        fuzz::violation("writeLanguagesTo does not write what the writePair chain writes");
    if (!whole && streamed.error().describe() != whole.error().describe())
        fuzz::violation("writeLanguagesTo fails with another error than the writePair chain");
}

// Each language of the catalog, one it lacks and none, read streamed (readPairTo) as readPair reads it.
void catalogStreamedRead(const formats::XcstringsFilter& filter, const QByteArray& original)
{
    const QString name = QStringLiteral("Localizable.xcstrings");
    QStringList languages = filter.languages(original, name).value_or(QStringList{}).mid(0, 3);
    languages << QStringLiteral("ru") << QString();
    for (const QString& language : std::as_const(languages))
        fuzz::checkStreamedRead(filter, original, name, {}, {}, language);
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
    languagesTogether(xcstrings, original);
    catalogStreamedRead(xcstrings, original);
    return tessera::fuzz::roundTrip(xcstrings, data, size);
}
