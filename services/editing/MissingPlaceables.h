// MissingPlaceables: the placeables of a source that its translation does not have yet, in source order:
// what the editor marks and inserts one at a time.
#pragma once

#include <QList>
#include <QString>

#include "text/Placeable.h"

namespace tessera::editing {

struct MissingPlaceable {
    QString text; // as the source writes it: "%1$s", "<b>", "{count}"
    text::PlaceableKind kind = text::PlaceableKind::Printf;
};

class MissingPlaceables {
public:
    // Each source placeable counts once per occurrence ("%s … %s" needs two in the target), matched by
    // its exact text. The structure of an ICU plural or select ("{n, plural, one {") is left out: a
    // translation rebuilds it with its own branches.
    static QList<MissingPlaceable> find(const QString& source, const QString& target);
};

} // namespace tessera::editing
