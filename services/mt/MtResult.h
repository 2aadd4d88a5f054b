// MtResult: one segment's machine translation as the engine delivers it: restored, flagged, or failed.
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

#include "domain/Result.h"

namespace tessera::mt {

struct MtResult {
    int index = -1;   // the segment's position in the list given to MtService::translate
    QString source;   // the segment's text as given (unmasked)
    QString text;     // the translation with its placeables put back; empty when `error` is set
    QString provider; // provider id ("apertium")
    bool fromCache = false;
    // The provider lost, repeated or broke a placeable's token: show the suggestion marked, never
    // insert or pretranslate it silently. `missingPlaceables` names the ones that did not come back.
    bool flagged = false;
    QStringList missingPlaceables;
    QString error; // why there is no translation (provider down, circuit open, bad reply)
    // What kind of failure `error` is: Network when the provider could not be reached or answered
    // with a server error (worth retrying later), InvalidInput when it refused the request itself
    // (a language it does not support: retrying cannot help).
    domain::ErrorCode errorCode = domain::ErrorCode::Network;

    bool ok() const { return error.isEmpty(); }
    bool usable() const { return ok() && !flagged; }
};

} // namespace tessera::mt

Q_DECLARE_METATYPE(tessera::mt::MtResult)
