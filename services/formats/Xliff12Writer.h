// Xliff12Writer: writes targets and states into an XLIFF 1.0–1.2 file, splicing only the edited
// <target>s (or <mrk>s of a segmented target) and the state/approved attributes that changed; a
// missing <target> goes right after </source> (</seg-source>) on a line of its own, as Okapi and
// translate-toolkit put it.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "domain/Result.h"
#include "domain/Segment.h"

namespace tessera::formats {

class Xliff12Writer {
public:
    static domain::Result<QByteArray> write(const QByteArray& original, const QList<domain::Segment>& segments,
                                            const QString& fileName);
};

} // namespace tessera::formats
