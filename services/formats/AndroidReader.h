// AndroidReader: turns Android string resources into segments: one file alone (values-de/strings.xml
// read as both source and translation), or a translated file paired with the default one.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "AndroidEntry.h"
#include "ParsedDocument.h"
#include "SegmentSink.h"
#include "domain/Result.h"

namespace tessera::formats {

class AndroidReader {
public:
    // A file alone: each value is the source and, when not empty, the Translated target. The
    // language comes from the folder (values-de, values-pt-rBR, values-b+sr+Latn), else `language`.
    static domain::Result<ParsedDocument> read(const QByteArray& data, const QString& fileName,
                                               const QString& language = {});

    // A translation with its default file: segments in the default file's order, sources from it,
    // targets from the translated file (missing ones empty and New). Entries only the translated
    // file has are no segments (they stay in the file). translatable="false" gives Locked segments.
    static domain::Result<ParsedDocument> readPair(const QByteArray& sourceData, const QString& sourceFileName,
                                                   const QByteArray& targetData, const QString& targetFileName,
                                                   const QString& language = {});

    // readPair() handed to `sink` as it goes, in the default file's order: the translated file is
    // read in step with it (its entries met out of order kept until asked for), and neither file's
    // entries nor the segments are listed. The same segments, and the same error, as readPair().
    static domain::Result<void> readPairTo(SegmentSink& sink, const QByteArray& sourceData,
                                           const QString& sourceFileName, const QByteArray& targetData,
                                           const QString& targetFileName, const QString& language = {});

    // The BCP 47 tag a resource folder names (values-de → de, values-pt-rBR → pt-BR,
    // values-b+sr+Latn → sr-Latn, values-iw → he), or empty (values, values-night, no folder).
    static QString languageOf(const QString& fileName);

    // The plural categories of `language` (CLDR); for no language, those the entry has, in CLDR
    // order, with "other".
    static QStringList pluralCategories(const QString& language, const AndroidEntry& entry);

    // Every entry of a file as UTF-8 (AndroidParser::decode) in file order; a name used twice is an error.
    static domain::Result<QList<AndroidEntry>> entries(const QByteArray& text, const QString& fileName);
};

} // namespace tessera::formats
