// AppleStringsParser: decodes an Apple .strings file (UTF-8 or UTF-16 LE/BE, with or without BOM)
// and scans its `key = value;` entries with their exact ranges and preceding comments.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "domain/Result.h"

namespace tessera::formats {

struct AppleStringsEntry {
    QString key;
    QString value;
    QString comment;          // the comment just before the entry, without /* */ or //
    qsizetype valueBegin = 0; // range of the value token in the decoded text (quotes included)
    qsizetype valueEnd = 0;
    bool hasValue = true; // false for the short form `key;` (value = key; the range is the key's)
    int line = 0;
};

struct AppleStringsFile {
    enum class Encoding { Utf8, Utf16LE, Utf16BE };
    Encoding encoding = Encoding::Utf8;
    bool bom = false;
    QString text; // decoded, without the BOM
    QList<AppleStringsEntry> entries;
};

class AppleStringsParser {
public:
    static domain::Result<AppleStringsFile> parse(const QByteArray& data, const QString& fileName);

    // The text encoded as the file was (encoding and BOM).
    static QByteArray encode(const AppleStringsFile& file, const QString& text);

    // A quoted .strings literal: escapes for '"', '\\', newline, tab and carriage return.
    static QString quote(const QString& text);
};

} // namespace tessera::formats
