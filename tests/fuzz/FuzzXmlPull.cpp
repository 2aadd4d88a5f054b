// libFuzzer target for XmlPull (seed corpus: tests/data/xliff): whatever XmlPull reads, Qt's
// QXmlStreamReader must read too (ASCII input, where the two agree on which characters make names),
// with the same elements, attributes, namespaces and text. The other way round does not hold:
// Qt lets through names with characters like '{', some control characters and more, which XML 1.0
// refuses and XmlPull with it. Errors need a message and a place.
#include "FuzzRoundTrip.h"
#include "XmlEvents.h"
#include "formats/XmlPosition.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace tessera;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto ours = testsupport::xmlEvents(bytes);
    if (ours.error) {
        formats::XmlPull reader(bytes);
        while (!reader.atEnd())
            reader.next();
        if (reader.errorString().isEmpty() || reader.errorOffset() < 0 || reader.errorOffset() > bytes.size())
            fuzz::violation("an error without a message or a place");
        formats::XmlPosition position(bytes);
        if (position.at(reader.errorOffset()).first < 1)
            fuzz::violation("an error without a line");
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return 0; // UTF-16: Qt reads it, XmlPull is for UTF-8
    const auto qt = testsupport::qtXmlEvents(bytes);
    if (qt.doctype || ours.doctype)
        return 0; // Qt expands declared entities, which XmlPull refuses
    for (const char c : bytes) {
        if (uchar(c) < 0x20 && c != '\t' && c != '\n' && c != '\r')
            return 0; // Qt lets some control characters through; XML 1.0 does not, nor does XmlPull
    }
    bool ascii = true;
    for (const char c : bytes)
        ascii = ascii && uchar(c) < 0x80;
    // XML 1.0 (fifth edition) reads "1.x" declarations as 1.0; Qt refuses them. XmlPull reads
    // UTF-8 whatever the declaration says (the filters check the declared encoding).
    const bool otherVersion = qt.errorMessage.contains(QLatin1StringView("Unsupported XML version")) ||
                              qt.errorMessage.contains(QLatin1StringView("ncod"), Qt::CaseInsensitive);
    if (ascii && qt.error && !ours.error && !otherVersion)
        fuzz::violation("XmlPull reads what QXmlStreamReader refuses");
    if (!qt.error && !ours.error && qt.events != ours.events)
        fuzz::violation("XmlPull reads it otherwise than QXmlStreamReader");
    return 0;
}
