// KeyParts: what a segment key made by one format says in another (for convert): gettext's
// msgctxt, Qt's context and disambiguation comment, or a key of its own (Android name, XLIFF id).
#pragma once

#include <QString>

#include "domain/Segment.h"

namespace tessera::formats {

struct KeyParts {
    enum class Kind {
        Source,  // the key is the source text itself (PO without msgctxt)
        Gettext, // msgctxt U+0004 msgid
        Qt,      // context U+0004 source U+0004 comment
        Own,     // any other key: an identifier of its own
    };
    Kind kind = Kind::Source;
    QString context; // msgctxt, or the Qt context
    QString comment; // the Qt disambiguation comment
    QString id;      // Kind::Own: the key

    static KeyParts of(const domain::Segment& segment);
};

} // namespace tessera::formats
