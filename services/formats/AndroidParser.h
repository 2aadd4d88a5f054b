// AndroidParser: streams the <string>, <plurals> and <string-array> entries of an Android string
// resource file out of XmlPull, refusing DTD entity declarations, bad escapes and anything that is
// not well-formed XML with a <resources> root.
#pragma once

#include <QByteArray>
#include <QString>

#include "AndroidEntry.h"
#include "XmlPosition.h"
#include "XmlPull.h"
#include "domain/Result.h"

namespace tessera::formats {

class AndroidParser {
public:
    // `text` (UTF-8, see decode()) must stay alive as long as the parser: offsets in entries point
    // into it.
    AndroidParser(const QByteArray& text, const QString& fileName);

    // A resource file as UTF-8: UTF-8 with or without BOM as it is, UTF-16 with a BOM converted;
    // other declared encodings are errors. XmlPull checks the bytes as it reads.
    static domain::Result<QByteArray> decode(const QByteArray& data, const QString& fileName);

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
    domain::Error errorAtToken(const QString& message) const;
    domain::Result<void> readEntry(AndroidEntry& entry, AndroidEntry::Kind kind);
    domain::Result<void> readValue(AndroidValue& value);
    domain::Result<void> skip();

    const QByteArray& m_text;
    QString m_fileName;
    XmlPull m_reader;
    mutable XmlPosition m_position;
    bool m_inResources = false;
    bool m_done = false;
    QString m_comment; // the last comment, until an element or text comes after it
    qsizetype m_resourcesContentBegin = -1;
    qsizetype m_resourcesEnd = -1;
    bool m_resourcesSelfClosing = false;
};

} // namespace tessera::formats
