// Xliff12Writer: writes targets and states into an XLIFF 1.0–1.2 file, splicing only the edited
// <target>s (or <mrk>s of a segmented target) and the state/approved attributes that changed; a
// missing <target> goes right after </source> (</seg-source>) on a line of its own, as Okapi and
// translate-toolkit put it.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "ByteOutput.h"
#include "SegmentSource.h"
#include "domain/Result.h"
#include "domain/Segment.h"

namespace tessera::formats {

class Xliff12Writer {
public:
    // `language`, when given: the document's target language, which a <file> whose target-language
    // names another one (a German file started as the French catalog) is given once it is edited.
    static domain::Result<QByteArray> write(const QByteArray& original, const QList<domain::Segment>& segments,
                                            const QString& fileName, const QString& language = {});
    // The same into `out`, each unit's segments asked from `segments` as the unit is met and its
    // edits written before the next unit is read. `checkKeys`: refuse keys the file repeats (which
    // needs every key of the file); an export leaves it off, since the stored original was read with
    // that check when it was imported.
    static domain::Result<void> write(const QByteArray& original, SegmentSource& segments, const QString& fileName,
                                      ByteOutput& out, bool checkKeys, const QString& language = {});
};

} // namespace tessera::formats
