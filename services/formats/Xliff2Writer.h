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
    // `language`: the document's target language, written as the root's trgLang when a target is
    // written into a file that names none (XLIFF 2 requires it of a file with targets).
    static domain::Result<QByteArray> write(const QByteArray& original, const QList<domain::Segment>& segments,
                                            const QString& fileName, const QString& language = {});
};

} // namespace tessera::formats
