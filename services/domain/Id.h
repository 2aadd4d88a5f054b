// Ids: UUIDs made where an object is born, so offline creation needs no round trip.
#pragma once

#include <QString>
#include <QUuid>

namespace tessera::domain {

inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace tessera::domain
