// AndroidParser: streams the <string>, <plurals> and <string-array> entries of an Android string
// resource file out of QXmlStreamReader, refusing DTD entity declarations, bad escapes and anything
// that is not well-formed XML with a <resources> root.
#pragma once

#include <QString>
#include <QXmlStreamReader>

#include "AndroidEntry.h"
#include "domain/Result.h"

namespace tessera::formats {

class AndroidParser {
public:
    // `text` must stay alive as long as the parser: offsets in entries point into it.
    AndroidParser(const QString& text, const QString& fileName);

    // Decodes a resource file (UTF-8 with or without BOM, or UTF-16 with a BOM).
    static domain::Result<QString> decode(const QByteArray& data, const QString& fileName);

    // Reads the next entry into `entry`; false at the end of the file.
    domain::Result<bool> next(AndroidEntry& entry);

    // Where <resources> is: just past its start tag, and the '<' of its end tag (or of "/>" when
    // it is self-closing). Known once the first entry or the end has been read.
    qsizetype resourcesContentBegin() const { return m_resourcesContentBegin; }
    qsizetype resourcesEnd() const { return m_resourcesEnd; }
    bool resourcesSelfClosing() const { return m_resourcesSelfClosing; }

    domain::Error error(qint64 line, qint64 column, const QString& message) const;

private:
    domain::Error readerError() const;
    domain::Result<void> readEntry(AndroidEntry& entry, AndroidEntry::Kind kind);
    domain::Result<void> readValue(AndroidValue& value);
    // Line and column (from 1) of an offset at or past the last one asked for.
    void position(qsizetype offset, qint64& line, qint64& column);

    const QString& m_text;
    QString m_fileName;
    QXmlStreamReader m_reader;
    bool m_inResources = false;
    bool m_done = false;
    QString m_comment; // the last comment, until an element or text comes after it
    qsizetype m_resourcesContentBegin = -1;
    qsizetype m_resourcesEnd = -1;
    bool m_resourcesSelfClosing = false;
    qsizetype m_positionOffset = 0;
    qint64 m_positionLine = 1;
    qsizetype m_positionLineStart = 0;
};

} // namespace tessera::formats
