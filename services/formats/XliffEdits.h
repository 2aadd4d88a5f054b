// XliffEdits: replacements of byte ranges of a UTF-8 XML file, applied in one pass so that every
// byte outside them is copied as it was.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace tessera::formats {

class XliffEdits {
public:
    // Replace [begin, end) of the text with `text` (begin == end inserts).
    void replace(qsizetype begin, qsizetype end, const QString& text) { m_edits.append({begin, end, text}); }
    bool isEmpty() const { return m_edits.isEmpty(); }
    // The text with the edits applied; edits must not overlap.
    QByteArray apply(const QByteArray& text) const;

private:
    struct Edit {
        qsizetype begin;
        qsizetype end;
        QString text;
    };
    QList<Edit> m_edits;
};

} // namespace tessera::formats
