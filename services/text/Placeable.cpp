#include "Placeable.h"

namespace tessera::text {

QString placeableKindName(PlaceableKind kind)
{
    switch (kind) {
    case PlaceableKind::Printf:
        return QStringLiteral("Printf");
    case PlaceableKind::Qt:
        return QStringLiteral("Qt");
    case PlaceableKind::Icu:
        return QStringLiteral("Icu");
    case PlaceableKind::IcuSyntax:
        return QStringLiteral("IcuSyntax");
    case PlaceableKind::I18next:
        return QStringLiteral("I18next");
    case PlaceableKind::Python:
        return QStringLiteral("Python");
    case PlaceableKind::Ruby:
        return QStringLiteral("Ruby");
    case PlaceableKind::Tag:
        return QStringLiteral("Tag");
    case PlaceableKind::Entity:
        return QStringLiteral("Entity");
    case PlaceableKind::Escape:
        return QStringLiteral("Escape");
    }
    return QStringLiteral("Unknown");
}

} // namespace tessera::text
