// PlaceableKey: what a placeholder means for comparing source and target: printf "%1$s" and "%s" as
// the first argument's string, Qt "%L1" as argument 1, "{ name }" as the name.
#pragma once

#include <QList>
#include <QString>

#include "text/Placeable.h"

namespace tessera::qa::checks {

struct PlaceableKey {
    QString key;          // "printf:1:s", "qt:1", "qt:n", "icu:count", "python:name", …; empty: not compared
    bool named = false;   // may be repeated or reordered freely (compared as a set)
    bool isCount = false; // an integer (printf %d, Qt %n, ICU #): may be left out in a one-number form
    qsizetype start = 0;  // the placeable's span in its text
    qsizetype length = 0;

    // The placeholders of `text` (not tags, entities, escapes or ICU plural syntax), keys in text
    // order. Non-positional printf directives are numbered in order, as positional ones would be.
    static QList<PlaceableKey> placeholders(const QString& text, const QList<text::Placeable>& placeables);
};

} // namespace tessera::qa::checks
