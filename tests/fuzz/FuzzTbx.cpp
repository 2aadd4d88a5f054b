// libFuzzer target for the TBX reader and writer (seed corpus: tests/data/tbx): when the reader accepts
// the bytes, writing its concepts as TBX v3 and as v2 and reading each back must give the same concepts.
#include "FuzzRoundTrip.h"
#include "formats/TbxReader.h"
#include "formats/TbxWriter.h"

namespace {

using tessera::domain::Concept;
using tessera::domain::Term;

bool sameTerm(const Term& a, const Term& b)
{
    return a.id == b.id && a.language == b.language && a.text == b.text && a.status == b.status &&
           a.caseSensitive == b.caseSensitive && a.partOfSpeech == b.partOfSpeech && a.note == b.note;
}

bool sameConcepts(const QList<Concept>& a, const QList<Concept>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].id != b[i].id || a[i].definition != b[i].definition || a[i].note != b[i].note ||
            a[i].terms.size() != b[i].terms.size())
            return false;
        for (qsizetype t = 0; t < a[i].terms.size(); ++t) {
            if (!sameTerm(a[i].terms[t], b[i].terms[t]))
                return false;
        }
    }
    return true;
}

// The writer groups a concept's terms by language; the reader gives them in file order, so compare
// against the concepts with their terms grouped the same way.
QList<Concept> grouped(QList<Concept> concepts)
{
    for (Concept& entry : concepts) {
        QStringList languages;
        for (const Term& term : entry.terms) {
            if (!languages.contains(term.language))
                languages.append(term.language);
        }
        QList<Term> terms;
        for (const QString& language : languages) {
            for (const Term& term : entry.terms) {
                if (term.language == language)
                    terms.append(term);
            }
        }
        entry.terms = terms;
    }
    return concepts;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace tessera;
    const QByteArray original(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto first = formats::TbxReader::read(original, QStringLiteral("fuzz.tbx"));
    if (!first) {
        if (first.error().message.isEmpty() || first.error().line < 1)
            fuzz::violation("read() failed without a message or a line");
        return 0;
    }
    const QList<Concept> expected = grouped(first->concepts);
    for (const auto version : {formats::TbxWriter::Version::V3, formats::TbxWriter::Version::V2}) {
        const QByteArray written = formats::TbxWriter::write(first->concepts, first->language, version);
        const auto again = formats::TbxReader::read(written, QStringLiteral("fuzz.tbx"));
        if (!again)
            fuzz::violation("reading the written file failed");
        if (!sameConcepts(again->concepts, expected))
            fuzz::violation("reading the written file gave other concepts");
    }
    return 0;
}
