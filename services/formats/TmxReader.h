// TmxReader: streams the translation units of a TMX file (1.1–1.4b) to a handler, one TM unit per
// pair of the source language and each other language of a <tu>, never holding the whole file.
#pragma once

#include <functional>

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>

#include "TmxUnit.h"
#include "domain/Result.h"

namespace tessera::formats {

class TmxReader {
public:
    // Return false to stop reading (the summary then says `stopped`).
    using UnitHandler = std::function<bool(const TmxUnit&)>;

    // Reads from `device` (open for reading) and hands out each unit as its <tu> ends, so the units
    // of a file of any size are never held together. `fileName` names the file in errors. The source language of a <tu>
    // is its srclang attribute, else the header's; with "*all*" it is the language of the first <tuv>. A <tu> without a
    // <tuv> in that language is skipped (and counted). Languages are BCP 47 tags as LanguageTag spells them; a tag it
    // rejects is kept as written.
    //
    // A QFile is memory-mapped and read with XmlPull where its bytes lie (its clean pages count in
    // the resident set but belong to the page cache); other devices are read whole first.
    //
    // Encoding: UTF-8 (with or without BOM) or UTF-16 (with BOM, or without one when the file starts
    // with "<"), which is converted to UTF-8 first; an XML declaration naming another encoding is
    // refused, and so are bytes that are not valid in the encoding (before any unit is handed out).
    // A DTD that declares entities is refused (entity-expansion bombs). Errors are InvalidInput and
    // name file, line and column; units handed out before an error stay handed out.
    static domain::Result<TmxSummary> read(QIODevice& device, const QString& fileName, const UnitHandler& handler);
    static domain::Result<TmxSummary> read(const QByteArray& data, const QString& fileName, const UnitHandler& handler);

    // All units of a file in memory, for small files and tests.
    struct File {
        TmxSummary summary;
        QList<TmxUnit> units;
    };
    static domain::Result<File> readAll(const QByteArray& data, const QString& fileName);
};

} // namespace tessera::formats
