// Placeables: finds the placeholders, inline tags, entities and escapes in a segment's text.
#pragma once

#include <QList>
#include <QString>

#include "Placeable.h"

namespace tessera::text {

// One tokenizer for the editor (protect), QA (compare source and target) and MT (mask).
//
// The text is read left to right; at each position every syntax is tried and the longest match
// wins, so spans never overlap ("%1$s" is one printf placeable, not Qt's "%1" and text "$s").
// On equal length the earlier kind in PlaceableKind's order wins. In particular a bare {name} or
// {0} is reported as Icu, never Python: both read it the same way, and ICU MessageFormat is what
// CLDR-based formats (ARB, xcstrings, ICU JSON) use. Python is reported only for what ICU cannot
// be: {}, {x:>10}, {0!r}, {user.name}, {items[0]} and %(name)s.
//
// An ICU plural, selectordinal or select argument is not one placeable: its branch texts are
// prose to translate. Its structure is reported as IcuSyntax spans ("{count, plural, one {",
// "} other {", "}}"), placeables inside the branches are found as anywhere else, and "#" directly
// in a plural branch is an Icu placeable.
//
// Deliberately not placeables, so prose stays prose: "100% sure" (no printf has a space flag here),
// "a {brace", "x < y", "e-mail@example.org", "AT & T", "{not valid}", "<b and c>" (an attribute
// needs a value).
class Placeables {
public:
    static QList<Placeable> find(const QString& text);

    // The text with every placeable replaced by one space each (word counting, MT without masks).
    static QString withoutPlaceables(const QString& text);
};

} // namespace tessera::text
