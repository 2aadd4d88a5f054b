// TsWriter: writes segment targets, states and translator comments into a TS file, replacing only the
// <translation> and <translatorcomment> elements of edited messages and copying every other byte as it was.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "ByteOutput.h"
#include "SegmentSource.h"
#include "domain/Result.h"
#include "domain/Segment.h"

namespace tessera::formats {

struct TsMessage;

class TsWriter {
public:
    // With `language` (the document's target language), a file that changes and whose <TS> names no
    // language (lupdate's template) gets language="…" (pt-BR as pt_BR), so that lrelease uses its
    // plural forms; an unchanged file stays byte for byte as it was.
    static domain::Result<QByteArray> write(const QByteArray& original, const QList<domain::Segment>& segments,
                                            const QString& fileName, const QString& language = {});
    // The same into `out`, each message's segment asked from `segments` as the message is met.
    static domain::Result<void> write(const QByteArray& original, SegmentSource& segments, const QString& fileName,
                                      ByteOutput& out, const QString& language = {});

    // Text escaped as lupdate writes it: &amp; &lt; &gt; &quot; &apos;, control characters as
    // <byte value="xNN"/>, non-ASCII spaces as &#xNN;.
    static QString escape(const QString& text);
};

} // namespace tessera::formats
