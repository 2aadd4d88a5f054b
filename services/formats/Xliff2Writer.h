// Xliff2Writer: writes targets and states into an XLIFF 2.x file, splicing only the edited <target>s
// and the state attributes of <segment>s whose state changed; a missing <target> goes right after
// </source> on a line of its own, indented like <source>.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "ByteOutput.h"
#include "SegmentSource.h"
#include "domain/Result.h"
#include "domain/Segment.h"

namespace tessera::formats {

class Xliff2Writer {
public:
    // `language`: the document's target language, written as the root's trgLang when a target is
    // written into a file that names none (XLIFF 2 requires it of a file with targets).
    static domain::Result<QByteArray> write(const QByteArray& original, const QList<domain::Segment>& segments,
                                            const QString& fileName, const QString& language = {});
    // The same into `out`, each unit's segments asked from `segments` as the unit is met and its
    // edits written before the next unit is read. `checkKeys` as in Xliff12Writer.
    static domain::Result<void> write(const QByteArray& original, SegmentSource& segments, const QString& fileName,
                                      const QString& language, ByteOutput& out, bool checkKeys);
};

} // namespace tessera::formats
