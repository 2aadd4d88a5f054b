// Xliff2Reader: XLIFF 2.0–2.2 files into segments, and the key and state rules the writer shares.
//
// Keys: the unit's name when it has one, else its id; with several <file>s the file's id and U+0004
// go in front. A unit with several segments gives one Tessera segment each, keyed unit key + "#" +
// the segment's id (or its 1-based position among the unit's segments when it has none); an
// <ignorable> is no segment and is kept as it is. Notes: category="location" notes are locations,
// the others are joined into the note ("category: text" unless the category is description).
// slr:sizeRestriction is the max length; translate="no" on the unit or around it → Locked.
//
// Plurals: XLIFF 2 has none. Tessera writes a plural segment as <group type="x-gettext:plurals">
// (key from its name, else id) holding one unit per form with one segment each, the first and second
// forms' sources being the singular and plural source; reading takes such a group back as one plural
// segment. ICU plural text (Angular) stays text in one segment.
//
// States: final → Approved, reviewed → Reviewed, translated → Translated, initial → New with an
// empty target, else Draft; no state: New with an empty target, else Translated. Written: New, Draft
// and Rejected → initial, Translated → translated, Reviewed → reviewed, Approved → final; subState is
// left as it is.
#pragma once

#include <QByteArray>
#include <QString>

#include "ParsedDocument.h"
#include "SegmentSink.h"
#include "Xliff2Unit.h"
#include "domain/Result.h"

namespace tessera::formats {

class Xliff2Reader {
public:
    static domain::Result<ParsedDocument> read(const QByteArray& data, const QString& fileName);
    // The segments and candidates one by one into `sink`. The header's pluralForms is 0: XLIFF does
    // not declare it (read() takes it from the first plural group).
    static domain::Result<void> stream(const QByteArray& data, const QString& fileName, SegmentSink& sink);

    // The key of a unit or plural group (without a segment suffix).
    static QString keyOf(const Xliff2Entry& entry, bool multiFile);
    // The key of segment `index` of a unit whose key is `unitKey`.
    static QString segmentKey(const Xliff2Unit& unit, const QString& unitKey, qsizetype index);
    static domain::SegmentState stateOf(const Xliff2Segment& segment);
    static domain::SegmentState stateOf(const Xliff2Entry& entry); // of a plural group
    static QString stateValue(domain::SegmentState state);
};

} // namespace tessera::formats
