// XmlText: what every XML filter needs around XmlPull: the file as UTF-8 (UTF-16 converted, other
// encodings refused, with errors that name file, line and column), writing back in the file's own
// encoding, indentation and line ends for spliced text, and escaping text back.
#pragma once

#include <utility>

#include <QByteArray>
#include <QString>

#include "domain/Result.h"

namespace tessera::formats {

class XmlText {
public:
    // Whether the file starts with a UTF-16 byte order mark.
    static bool isUtf16(const QByteArray& data);
    // An error when the XML declaration names an encoding other than UTF-8 (UTF-16 files aside).
    static domain::Result<void> checkDeclaredEncoding(const QByteArray& data, const QString& fileName,
                                                      const QString& format);

    // For XmlPull: the file as UTF-8. UTF-8 files (with or without BOM) as they are (XmlPull checks
    // the bytes), UTF-16 files with a BOM converted a piece at a time, without their BOM; other
    // declared encodings, and UTF-16 that is not valid, are errors naming `fileName`, line and
    // column; `format` names the format in messages ("XLIFF").
    static domain::Result<QByteArray> utf8(const QByteArray& data, const QString& fileName, const QString& format);
    // UTF-8 `text` in the encoding and with the byte order mark of `original` (streamed writers
    // use ByteOutput::writeUtf16Like instead).
    static QByteArray encodeUtf8Like(const QByteArray& text, const QByteArray& original);

    // The whitespace that starts the line `position` is on.
    static QString indentAt(const QString& text, qsizetype position);
    static QString indentAt(QByteArrayView text, qsizetype position);
    // What to cut to remove the element [begin, end) of `text`: its whole line, line end included,
    // when nothing else is on it, else the element alone.
    static std::pair<qsizetype, qsizetype> removal(QByteArrayView text, qsizetype begin, qsizetype end);
    // "\r\n" when the text's first line ends with it, else "\n".
    static QString lineEnding(const QString& text);
    static QString lineEnding(QByteArrayView text);

    // Character data escaped: & < > always; " when `quotes` (for attribute values).
    static QString escape(const QString& text, bool quotes = false);
};

} // namespace tessera::formats
