// ImportSummary: what one import did, per document (one per target language).
#pragma once

#include <QList>
#include <QString>

namespace tessera::project {

struct ImportedDocument {
    QString id;
    QString name;         // the file name as imported, e.g. "po/app.po"
    QString language;     // the target language, spelled as the project spells it
    QString format;       // the filter's id
    bool created = false; // a new document, not a re-import
    int segments = 0;     // segments in the file (obsolete ones not counted)
    int added = 0;        // new keys
    int updated = 0;      // kept keys whose source, translation, context or obsolete mark changed
    int obsoleted = 0;    // keys no longer in the file, now marked obsolete
    // A bilingual file translated into another language than this document's (qml_fr.ts imported
    // for de): that language, and how many of the file's segments had translations, which this
    // document left out (it starts from the sources, the file serving as its template).
    QString fileLanguage;
    int targetsLeftOut = 0;
};

struct ImportSummary {
    QList<ImportedDocument> documents;
};

} // namespace tessera::project
