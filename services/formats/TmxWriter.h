// TmxWriter: streams translation-memory units out to a device as a TMX 1.4b file, one <tu> per unit.
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>

#include "TmxUnit.h"
#include "domain/Result.h"

namespace tessera::formats {

class TmxWriter {
public:
    // `header.srcLang` is the file's source language ("*all*" when units differ); a unit whose
    // source language differs gets its own srclang on its <tu>. The header says creationtool
    // "Tessera", o-tmf "Tessera", segtype "sentence" and datatype "plaintext" unless set otherwise.
    TmxWriter(QIODevice& device, TmxHeader header);

    // Writes the XML declaration, the <header> and opens <body>.
    domain::Result<void> begin();
    // One <tu>: tuid, creationid/changeid, dates in UTC (whole seconds), usagecount, notes, props
    // (x-context, x-origin and the unit's others), then the source and target <tuv>. Text is
    // escaped; inline elements in it are written as markup (see TmxUnit).
    domain::Result<void> write(const TmxUnit& unit);
    domain::Result<void> write(const domain::TmUnit& unit);
    // Closes <body> and <tmx> and flushes.
    domain::Result<void> finish();

    // The header a Tessera export uses for `sourceLanguage`.
    static TmxHeader defaultHeader(const QString& sourceLanguage);
    // A whole file in memory, for small files and tests.
    static domain::Result<QByteArray> toBytes(const TmxHeader& header, const QList<TmxUnit>& units);

private:
    domain::Result<void> flush(bool always);

    QIODevice& m_device;
    TmxHeader m_header;
    QString m_text; // what is not encoded and written yet
};

} // namespace tessera::formats
