// Placeable: one span of a segment's text that is code, not prose (a placeholder, tag, entity or escape).
#pragma once

#include <QString>

namespace tessera::text {

enum class PlaceableKind {
    Printf,    // %s %d %5.2f %ld %1$s %@, gettext's %<PRIuMAX>
    Qt,        // %1 %L1 %n
    Icu,       // ICU MessageFormat argument {name} {0} {count, number}, and # in a plural branch
    IcuSyntax, // the structure of an ICU plural/select: "{n, plural, one {", "} other {", "}"
    I18next,   // {{x}} {{x, format}}
    Python,    // {x:>10} {0!r} {} and %(name)s
    Ruby,      // %{x} %<x>d
    Tag,       // <b> </b> <br/> <a href="…">
    Entity,    // &amp; &#160; &#x41;
    Escape,    // \n \t \" \\ \u00e9 and %%
};

struct Placeable {
    qsizetype start = 0;
    qsizetype length = 0;
    PlaceableKind kind = PlaceableKind::Printf;

    qsizetype end() const { return start + length; }
    friend bool operator==(const Placeable&, const Placeable&) = default;
};

// "Printf", "IcuSyntax", … for logs and test output.
QString placeableKindName(PlaceableKind kind);

} // namespace tessera::text
