// Xliff12Reader: XLIFF 1.0–1.2 files into segments, and the key and state rules the writer shares.
//
// Keys: resname when the unit has one, else id; with several <file> elements the file's original
// attribute and U+0004 go in front. A unit with <seg-source> gives one segment per
// <mrk mtype="seg">, keyed unit key + "#" + mid. A gettext plural group (restype="x-gettext-plurals",
// as po2xliff and lconvert write it) is one plural segment: key from the group's resname or id, else
// the first unit's key without "[0]"; source and sourcePlural from its first two units, one target per
// unit. The gettext header unit (restype="x-gettext-domain-header") is not a segment.
//
// States (read): approved="yes" → Approved; else by <target state>: final → Approved, signed-off →
// Reviewed, translated → Translated, needs-review-* / needs-adaptation / needs-l10n → Draft,
// new / needs-translation → New when the target is empty, else Draft; no state: an empty target is New,
// a non-empty one Translated, or Draft when the unit says approved="no" (translate-toolkit's fuzzy).
// Written: New → needs-translation, Draft and Rejected → needs-review-translation, Translated →
// translated, Reviewed → signed-off, Approved → final with approved="yes" (approved="no" otherwise,
// where the unit has the attribute).
#pragma once

#include <QByteArray>
#include <QString>

#include "ParsedDocument.h"
#include "SegmentSink.h"
#include "Xliff12Unit.h"
#include "domain/Result.h"

namespace tessera::formats {

class Xliff12Reader {
public:
    static domain::Result<ParsedDocument> read(const QByteArray& data, const QString& fileName);
    // The segments and candidates one by one into `sink`. The header's pluralForms is 0: XLIFF does
    // not declare it (read() takes it from the first plural group).
    static domain::Result<void> stream(const QByteArray& data, const QString& fileName, SegmentSink& sink);

    // The key of a unit or plural group; `multiFile` when the document has several <file>s.
    static QString keyOf(const Xliff12Entry& entry, bool multiFile);
    // The state a unit's target (or one <mrk> of it, `text`) reads as.
    static domain::SegmentState stateOf(const Xliff12Unit& unit, const QString& text);
    // The state of a plural group: the least finished of its forms.
    static domain::SegmentState stateOf(const Xliff12Entry& entry);
    // The target state value written for a state.
    static QString stateValue(domain::SegmentState state);
    // Orders states from least to most finished (Rejected counts as Draft).
    static int rank(domain::SegmentState state);
    // Whether the entry is the gettext header rather than a message.
    static bool isHeader(const Xliff12Entry& entry);
};

} // namespace tessera::formats
