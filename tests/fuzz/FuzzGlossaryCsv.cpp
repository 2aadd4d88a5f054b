// libFuzzer target for CSV/TSV glossaries (seed corpus: tests/data/csv; run it with that folder, since
// scripts/fuzz looks for tests/data/glossarycsv). What the reader accepts, written as CSV and as TSV,
// must read back as the same concepts.
#include <cstddef>
#include <cstdint>
#include <cstdio>

#include <QByteArray>
#include <QMap>
#include <QString>

#include "formats/GlossaryCsv.h"

namespace {

[[noreturn]] void violation(const char* what)
{
    std::fprintf(stderr, "glossary round-trip violation: %s\n", what);
    std::fflush(stderr);
    __builtin_trap();
}

// The terms of a concept by language, in order within each language (the writer groups the columns
// of a language, so the order across languages may change).
QMap<QString, QStringList> termsOf(const tessera::domain::Concept& concept_, QStringList& attributes)
{
    QMap<QString, QStringList> terms;
    for (const auto& term : concept_.terms) {
        terms[term.language].append(term.text);
        attributes.append(term.language + QLatin1Char('|') + tessera::domain::termStatusName(term.status) +
                          QLatin1Char('|') + term.partOfSpeech + QLatin1Char('|') + term.note);
    }
    attributes.sort();
    return terms;
}

bool same(const QList<tessera::domain::Concept>& a, const QList<tessera::domain::Concept>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].definition != b[i].definition || a[i].note != b[i].note)
            return false;
        QStringList attributesA;
        QStringList attributesB;
        if (termsOf(a[i], attributesA) != termsOf(b[i], attributesB) || attributesA != attributesB)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using tessera::formats::GlossaryCsv;
    const QByteArray original(reinterpret_cast<const char*>(data), qsizetype(size));
    GlossaryCsv::Options options;
    options.targetLanguage = QStringLiteral("de");
    const auto concepts = GlossaryCsv::read(original, QStringLiteral("fuzz.csv"), options);
    if (!concepts) {
        if (concepts.error().message.isEmpty())
            violation("read() failed without a message");
        return 0;
    }
    for (const QChar delimiter : {QLatin1Char(','), QLatin1Char('\t')}) {
        const QByteArray written = GlossaryCsv::write(*concepts, delimiter);
        const auto again = GlossaryCsv::read(written, QStringLiteral("fuzz.csv"), options);
        if (concepts->isEmpty())
            continue; // an empty list writes an empty header, which is no glossary
        if (!again)
            violation("reading the written glossary failed");
        if (!same(*concepts, *again))
            violation("reading the written glossary gave other concepts");
    }
    return 0;
}
