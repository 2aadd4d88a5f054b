// TsParser: streams the <message>s of a Qt Linguist TS file out of QXmlStreamReader, refusing DTD
// entity declarations and anything that is not well-formed XML with a <TS> root.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QXmlStreamReader>

#include "TsMessage.h"
#include "domain/Result.h"

namespace tessera::formats {

class TsParser {
public:
    // `text` must stay alive as long as the parser: offsets in messages point into it.
    TsParser(const QString& text, const QString& fileName);

    // Decodes a TS file (UTF-8, with or without BOM); other encodings and bad bytes are errors.
    static domain::Result<QString> decode(const QByteArray& data, const QString& fileName);

    // Reads the next message (vanished and obsolete ones too) into `message`; false at the end.
    domain::Result<bool> next(TsMessage& message);

    QString language() const { return m_language; }
    QString sourceLanguage() const { return m_sourceLanguage; }

    domain::Error error(qint64 line, qint64 column, const QString& message) const;

private:
    domain::Error readerError() const;
    domain::Result<bool> readMessage(TsMessage& message);
    domain::Result<bool> readTranslation(TsMessage& message);
    // The text of the current element up to its end tag, with <byte value="xNN"/> resolved, the first
    // <lengthvariant> only, and other child elements skipped.
    QString readText();

    const QString& m_text;
    QString m_fileName;
    QXmlStreamReader m_reader;
    QString m_language;
    QString m_sourceLanguage;
    QString m_context;
    QString m_locationFile;              // for relative locations
    QHash<QString, int> m_locationLines; // file → last line, for relative locations
    bool m_inTs = false;
    bool m_inContext = false;
};

} // namespace tessera::formats
