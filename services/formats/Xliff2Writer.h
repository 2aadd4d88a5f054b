// Xliff2Writer: writes targets and states into an XLIFF 2.x file, splicing only the edited <target>s
// and the state attributes of <segment>s whose state changed; a missing <target> goes right after
// </source> on a line of its own, indented like <source>.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "domain/Result.h"
#include "domain/Segment.h"

namespace tessera::formats {

class Xliff2Writer {
public:
    static domain::Result<QByteArray> write(const QByteArray& original, const QList<domain::Segment>& segments,
                                            const QString& fileName);
};

} // namespace tessera::formats
