// XcstringsEntry: one entry of a String Catalog's "strings" object for one language: what it says
// (the language's units and state) and the edits that write a segment into it. Shared by
// XcstringsFilter (the whole catalog scanned) and XcstringsStreamWriter (each entry scanned alone).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "JsonEdit.h"
#include "JsonScanner.h"
#include "domain/Segment.h"

namespace tessera::formats {

class XcstringsEntry {
public:
    // A unit of a localization: the stringUnit object and its "state" and "value" string nodes.
    struct Unit {
        int object = -1;
        int state = -1;
        int value = -1;
    };

    // Everything read() says about one entry for one language.
    struct View {
        int entry = -1;
        int localization = -1; // target localization object, -1 if none
        int plural = -1;       // target variations/plural object
        bool isPlural = false;
        QStringList categories;
        QList<Unit> units; // parallel to categories (plural) or one (singular)
        domain::SegmentState state = domain::SegmentState::New;
    };

    // Member `key` of `object` when it is a string (an object), else -1.
    static int stringMember(const JsonScan& scan, int object, const QString& key);
    static int objectMember(const JsonScan& scan, int object, const QString& key);
    // The stringUnit of a localization or plural form.
    static Unit unitOf(const JsonScan& scan, int holder);
    // variations/plural object of a localization, -1 if none.
    static int pluralOf(const JsonScan& scan, int localization);

    static domain::SegmentState state(const QString& name);
    static QString stateName(domain::SegmentState segmentState);

    // Entry node `entry` of `scan` for `language`.
    static View view(const JsonScan& scan, const QString& sourceLanguage, int entry, const QString& language);

    // The segment read() makes of entry node `entry` (member `key` of "strings") for `language`
    // (empty: no targets), its order not set.
    static domain::Segment segment(const JsonScan& scan, const QString& sourceLanguage, int entry, const QString& key,
                                   const QString& language);

    // Writes `segment`'s targets and state into entry node `entry` for `language` (not empty):
    // strings replaced, missing units, forms and localizations inserted where Xcode's sorted order
    // puts them, laid out for an entry at `depth` of the file (2 in a catalog) in `scan.style`.
    static void writeSegment(JsonEdit& edit, const JsonScan& scan, const QString& sourceLanguage, int entry, int depth,
                             const domain::Segment& segment, const QString& language);

    // A stringUnit object ({"state", "value"}) laid out for `depth`.
    static QByteArray unitJson(const JsonEdit& edit, const JsonStyle& style, const QString& stateText,
                               const QString& text, int depth);
};

} // namespace tessera::formats
