// Ids: UUIDs made where an object is born, so offline creation needs no round trip.
#pragma once

#include <QString>

namespace tessera::domain {

// A version-7 UUID (RFC 9562): a millisecond timestamp first, then a counter and random bits.
// Ids made one after another sort in creation order, so inserting them appends to the primary-key
// index instead of writing pages all over it, which keeps bulk imports fast.
QString newId();

} // namespace tessera::domain
