// Filter: one file format: recognise it, read it into segments, and write translations back into
// the original file changing nothing but what Tessera owns (targets, states, translator comments).
#pragma once

#include <functional>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "ParsedDocument.h"
#include "SegmentSink.h"
#include "SegmentSource.h"
#include "domain/Result.h"

class QIODevice;

namespace tessera::formats {

class ByteOutput;

class Filter {
public:
    virtual ~Filter() = default;

    virtual QString id() const = 0;             // "po", "ts", "xliff12", …
    virtual QString name() const = 0;           // "gettext PO"
    virtual QStringList extensions() const = 0; // without dot: {"po", "pot"}

    // How sure the filter is that this is its format, 0 (not at all) to 100, from the file name and
    // the first bytes (up to 4 KiB).
    virtual int detect(const QString& fileName, const QByteArray& head) const = 0;

    // Reads the whole file. Errors name the file (`fileName`), line and column.
    virtual domain::Result<ParsedDocument> read(const QByteArray& data, const QString& fileName) const = 0;

    // Reads the file into `sink` as it goes: header, then each segment (and candidate) in file
    // order, never holding the whole list. Filters that cannot stream read() and hand it over.
    // After an error the sink may have had part of the document: callers undo what they did with it.
    virtual domain::Result<void> stream(const QByteArray& data, const QString& fileName, SegmentSink& sink) const;

    // Returns `original` with the targets, states and (PO, TS, XLIFF 1.2) translator comments of `segments`
    // (matched by key) written in.
    // With the segments exactly as read(original) returned them, the result is byte-identical to
    // `original`. Keys not in the file are ignored; entries without a segment are left as they are.
    virtual domain::Result<QByteArray> write(const QByteArray& original, const QList<domain::Segment>& segments,
                                             const QString& fileName) const = 0;

    // write() for a document whose target language is `language`: formats whose file must name its
    // target language once it holds translations (XLIFF 2's trgLang) add it where it is missing.
    virtual domain::Result<QByteArray> writeDocument(const QByteArray& original, const QList<domain::Segment>& segments,
                                                     const QString& fileName, const QString& language) const
    {
        Q_UNUSED(language);
        return write(original, segments, fileName);
    }

    // writeDocument() written straight into `out` (an export's temporary file), the segments asked
    // from `segments` by key as the file's entries come: a streaming writer holds neither the
    // segments nor the new file, only the original. Byte for byte what writeDocument() gives with
    // the same segments. After an error `out` holds part of a file: callers throw it away. By
    // default the segments are listed and writeDocument()'s bytes written (filters that do not
    // stream yet); see writesStreamed().
    virtual domain::Result<void> writeTo(QIODevice& out, const QByteArray& original, SegmentSource& segments,
                                         const QString& fileName, const QString& language) const;
    // Whether writeTo() streams (asks for the segments one by one and writes as it goes).
    virtual bool writesStreamed() const { return false; }

    // A new file of this format holding `document` (for convert): languages, keys, sources, targets,
    // states, notes, locations and max lengths as far as the format can say them. Reading it back
    // gives the same segments in the same order (keys as this format makes them).
    virtual domain::Result<QByteArray> create(const ParsedDocument& document, const QString& fileName) const = 0;

    // Monolingual formats (Android strings.xml, i18next and flat JSON, ARB, Apple .strings) keep each
    // language in a file of its own beside the source-language file. For those: the path of
    // `language`'s file for the source file `sourcePath` (res/values/strings.xml, "de" →
    // res/values-de/strings.xml). Empty for bilingual formats (PO, TS, XLIFF), whose one file holds
    // sources and translations.
    virtual QString translationPath(const QString& sourcePath, const QString& language) const;

    // The name a document imported from `name` is exported under: the same by default; a gettext
    // template's (name.pot) translation is a catalog, name.po.
    virtual QString exportName(const QString& name) const { return name; }

    // Whether one file holds every language (Apple String Catalogs): then the importer reads each
    // language with readPair(file, name, {}, {}, language), and the exporter writes every
    // language's document into the one file with writeLanguagesTo().
    virtual bool isMultilingual() const { return false; }

    // A multilingual file with the segments of each of `languages` written in, in turn, into `out`:
    // byte for byte what writePair(…, language) gives, called for each language on what the one
    // before wrote, the first on `original` (obsolete segments left out). Errors as writePair's
    // (naming `fileName`); after one `out` holds part of a file, which callers throw away. By
    // default that chain of writePair() calls, with every language's segments listed and a copy of
    // the file for each; see writesLanguagesStreamed().
    virtual domain::Result<void> writeLanguagesTo(QIODevice& out, const QByteArray& original, const QString& fileName,
                                                  const QList<LanguageSegments>& languages) const;
    // Whether writeLanguagesTo() streams: copies the original once, asking each language's segments
    // by key as it meets the entries, holding one entry at a time.
    virtual bool writesLanguagesStreamed() const { return false; }

    // Whether write() reads nothing of a segment but its key, targets, state, flags and translator
    // comment (bilingual formats: the file has the rest), so that export loads only those.
    virtual bool writesTranslationsOnly() const { return false; }

    // A source-language file with one language's translation file (`translation` empty: there is
    // none yet): keys, sources and order from the first; targets and states from the second; the
    // document's target language is `language`. Bilingual formats read `source` alone.
    virtual domain::Result<ParsedDocument> readPair(const QByteArray& source, const QString& sourceName,
                                                    const QByteArray& translation, const QString& translationName,
                                                    const QString& language) const;

    // The translation file of a monolingual format, written from the source-language file and the
    // translation file as imported (`translation` empty: there was none, so a new one is made):
    // edited translations spliced in, missing entries inserted in the source's order, the rest
    // left as it was. Bilingual formats: write(source, segments). By default a monolingual format
    // write()s into the translation file (or a new empty one from create()).
    virtual domain::Result<QByteArray> writePair(const QByteArray& source, const QString& sourceName,
                                                 const QByteArray& translation, const QList<domain::Segment>& segments,
                                                 const QString& translationName, const QString& language) const;

    // writePair() written straight into `out` (an export's temporary file), the segments asked from
    // `segments` by key as the writer meets the entries of both files: a streaming writer holds
    // neither the segments nor the new file. Byte for byte what writePair() gives with the same
    // segments; after an error `out` holds part of a file, which callers throw away. By default the
    // segments are listed and writePair()'s bytes written (formats that do not stream yet); see
    // writesPairStreamed().
    virtual domain::Result<void> writePairTo(QIODevice& out, const QByteArray& source, const QString& sourceName,
                                             const QByteArray& translation, SegmentSource& segments,
                                             const QString& translationName, const QString& language) const;
    // Whether writePairTo() streams.
    virtual bool writesPairStreamed() const { return false; }

    // readPair() read into `sink` as it goes (header first, then each segment in the source's order),
    // holding neither file's entries as a list: what the importer calls for a monolingual file or one
    // language of a multilingual one. The segments and errors are readPair()'s. By default readPair()
    // is read and handed over; see readsPairStreamed().
    virtual domain::Result<void> readPairTo(SegmentSink& sink, const QByteArray& source, const QString& sourceName,
                                            const QByteArray& translation, const QString& translationName,
                                            const QString& language) const;
    // Whether readPairTo() streams.
    virtual bool readsPairStreamed() const { return false; }

protected:
    // writePairTo() for a writer that streams into a ByteOutput: `stream(base, output)` writes the
    // translation file (`translation`, or a new empty one) into `out`; it returns false when it
    // wrote nothing and the default writePairTo() is to write the file instead.
    using PairStream = std::function<domain::Result<bool>(const QByteArray& base, ByteOutput& output)>;
    domain::Result<void> streamPair(QIODevice& out, const QByteArray& source, const QString& sourceName,
                                    const QByteArray& translation, SegmentSource& segments,
                                    const QString& translationName, const QString& language,
                                    const PairStream& stream) const;

    // readPairTo() for a reader that streams: `read(base)` reads the pair into the sink, the
    // translation file being `base` (`translation`, or a new empty one); it returns false when it gave
    // the sink nothing and the default readPairTo() is to read the pair whole instead.
    using PairRead = std::function<domain::Result<bool>(const QByteArray& base)>;
    domain::Result<void> readStreamedPair(SegmentSink& sink, const QByteArray& source, const QString& sourceName,
                                          const QByteArray& translation, const QString& translationName,
                                          const QString& language, const PairRead& read) const;

    // `translation`, or a new file of this format with no entries when it is empty (no file yet).
    domain::Result<QByteArray> translationOrEmpty(const QByteArray& translation, const QString& translationName,
                                                  const QString& language) const;

    // readPair for a monolingual filter: `readBoth(translationFile)` on the translation file (a new
    // empty one when there is none), the document's language set to `language`.
    template <typename ReadBoth>
    domain::Result<ParsedDocument> readWithTranslation(const QByteArray& translation, const QString& translationName,
                                                       const QString& language, ReadBoth&& readBoth) const
    {
        auto base = translationOrEmpty(translation, translationName, language);
        if (!base)
            return std::unexpected(base.error());
        domain::Result<ParsedDocument> document = readBoth(*base);
        if (document && !language.isEmpty())
            document->targetLanguage = language;
        return document;
    }
};

} // namespace tessera::formats
