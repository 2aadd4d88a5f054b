#include "KeyParts.h"

#include <QStringList>

namespace tessera::formats {

KeyParts KeyParts::of(const domain::Segment& segment)
{
    const QStringList parts = segment.key.split(QChar(0x0004));
    KeyParts key;
    if (parts.size() == 3 && parts[1] == segment.source) {
        key.kind = Kind::Qt;
        key.context = parts[0];
        key.comment = parts[2];
    } else if (parts.size() == 2 && parts[1] == segment.source) {
        key.kind = Kind::Gettext;
        key.context = parts[0];
    } else if (segment.key != segment.source) {
        key.kind = Kind::Own;
        key.id = segment.key;
    }
    return key;
}

} // namespace tessera::formats
