// GlossaryCsv: glossaries as CSV or TSV tables for the termbase: a header row naming the columns
// (language codes, definition, note, part of speech, status, or translate-toolkit's location,
// source, target), one concept a row; and the way back.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "domain/Result.h"
#include "domain/Term.h"

namespace tessera::formats {

class GlossaryCsv {
public:
    struct Options {
        // For translate-toolkit's layout (po2csv, csv2tbx: "location", "source", "target"), whose
        // header names no languages.
        QString sourceLanguage = QStringLiteral("en");
        QString targetLanguage;
    };

    // One concept per row with a term in each language column that is not empty (a language may
    // have several columns: synonyms); "definition" and "note" (also "comment") go to the concept,
    // "part of speech"/"pos" and "status" (preferred, admitted, forbidden, deprecated) to each term
    // of the row; "location" (translate-toolkit) becomes the concept's note. Other columns are
    // ignored. Header names are matched without case. The delimiter (',' ';' or tab) is the one of
    // the header line. Rows without a term are skipped. Errors name the file, line, column and the
    // column's header as field.
    static domain::Result<QList<domain::Concept>> read(const QByteArray& data, const QString& fileName,
                                                       const Options& options);
    static domain::Result<QList<domain::Concept>> read(const QByteArray& data, const QString& fileName);

    // The concepts as a table read() reads back the same: UTF-8 without BOM, CRLF line ends, fields
    // quoted as python's csv module does (QUOTE_MINIMAL), `delimiter` ',' (CSV) or '\t' (TSV). One
    // column per language and synonym (languages in order of first use); definition, note, part of
    // speech and status columns only when some concept has them. Per-term status and part of
    // speech are taken from the concept's first term that has them; term notes are not written.
    static QByteArray write(const QList<domain::Concept>& concepts, QChar delimiter = QLatin1Char(','));
};

} // namespace tessera::formats
