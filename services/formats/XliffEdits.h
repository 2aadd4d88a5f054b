// XliffEdits: replacements of byte ranges of a UTF-8 XML file, applied in one pass so that every
// byte outside them is copied as it was: all at the end (apply), or as a writer goes (flush), each
// batch lying after the one before it.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "ByteOutput.h"

namespace tessera::formats {

class XliffEdits {
public:
    // Replace [begin, end) of the text with `text` (begin == end inserts).
    void replace(qsizetype begin, qsizetype end, const QString& text) { m_edits.append({begin, end, text}); }
    bool isEmpty() const { return m_edits.isEmpty(); }
    // The text with the edits applied; edits must not overlap.
    QByteArray apply(const QByteArray& text) const;
    // Writes `text` up to the end of the edits made since the last flush, with them applied, into
    // `out`, and forgets them: later edits must lie after them.
    void flush(QByteArrayView text, ByteOutput& out);
    // flush(), then the rest of `text`.
    void finish(QByteArrayView text, ByteOutput& out);

private:
    struct Edit {
        qsizetype begin;
        qsizetype end;
        QString text;
    };
    QList<Edit> m_edits;
    qsizetype m_copied = 0; // what flush() has written of the text
};

} // namespace tessera::formats
