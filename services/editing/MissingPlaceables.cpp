#include "MissingPlaceables.h"

#include <QHash>

#include "text/Placeables.h"

namespace tessera::editing {

QList<MissingPlaceable> MissingPlaceables::find(const QString& source, const QString& target)
{
    QHash<QString, int> inTarget;
    for (const text::Placeable& p : text::Placeables::find(target))
        ++inTarget[target.mid(p.start, p.length)];
    QList<MissingPlaceable> missing;
    for (const text::Placeable& p : text::Placeables::find(source)) {
        if (p.kind == text::PlaceableKind::IcuSyntax)
            continue;
        const QString text = source.mid(p.start, p.length);
        int& left = inTarget[text];
        if (left > 0)
            --left;
        else
            missing.append({text, p.kind});
    }
    return missing;
}

} // namespace tessera::editing
