// TsParser: streams the <message>s of a Qt Linguist TS file out of XmlPull, refusing DTD entity
// declarations and anything that is not well-formed XML with a <TS> root.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include "TsMessage.h"
#include "XmlPosition.h"
#include "XmlPull.h"
#include "domain/Result.h"

namespace tessera::formats {

class TsParser {
public:
    // `text` (UTF-8, see decode()) must stay alive as long as the parser: offsets in messages point
    // into it.
    TsParser(const QByteArray& text, const QString& fileName);

    // A TS file as UTF-8 (UTF-8 with or without BOM as it is, UTF-16 with a BOM converted); other
    // declared encodings are errors. XmlPull checks the bytes as it reads.
    static domain::Result<QByteArray> decode(const QByteArray& data, const QString& fileName);

    // Reads the next message (vanished and obsolete ones too) into `message`; false at the end.
    domain::Result<bool> next(TsMessage& message);

    QString language() const { return m_language; }
    // Where a language="…" attribute goes in the <TS> start tag when it has none (-1 when it has one).
    qsizetype languageInsertAt() const { return m_languageInsertAt; }
    // The bytes between the quotes of the <TS> start tag's language attribute (begin -1 when it has none).
    qsizetype languageValueBegin() const { return m_languageValueBegin; }
    qsizetype languageValueEnd() const { return m_languageValueEnd; }
    QString sourceLanguage() const { return m_sourceLanguage; }

    domain::Error error(qint64 line, qint64 column, const QString& message) const;

private:
    domain::Error readerError() const;
    domain::Result<bool> readMessage(TsMessage& message);
    domain::Result<void> readTranslation(TsMessage& message);
    // The text of the current element up to its end tag, with <byte value="xNN"/> resolved, the first
    // <lengthvariant> only, and other child elements skipped.
    domain::Result<QString> readText();
    domain::Result<void> readTextInto(QByteArray& out);
    domain::Result<void> skip();

    QString m_fileName;
    XmlPull m_reader;
    mutable XmlPosition m_position;
    QString m_language;
    qsizetype m_languageInsertAt = -1;
    qsizetype m_languageValueBegin = -1;
    qsizetype m_languageValueEnd = -1;
    QString m_sourceLanguage;
    QString m_context;
    QString m_locationFile;              // for relative locations
    QHash<QString, int> m_locationLines; // file → last line, for relative locations
    QByteArray m_buffer;
    bool m_inTs = false;
    bool m_inContext = false;
};

} // namespace tessera::formats
