// AppleStringsParser: decodes an Apple .strings file (UTF-8 or UTF-16 LE/BE, with or without BOM)
// and scans its `key = value;` entries with their exact ranges and preceding comments.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <functional>

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

    // The file's encoding and decoded text, its entries not read (parse() without the scan).
    static domain::Result<AppleStringsFile> decode(const QByteArray& data, const QString& fileName);
    // Hands the entries of a decoded text to `each` one at a time, in file order, keeping none.
    // The first error (the text's, or one `each` returns) ends the scan.
    using EntryHandler = std::function<domain::Result<void>(AppleStringsEntry&&)>;
    static domain::Result<void> scan(const QString& text, const QString& fileName, const EntryHandler& each);

    // The text encoded as the file was (encoding and BOM).
    static QByteArray encode(const AppleStringsFile& file, const QString& text);
    // A piece of text in `encoding`, without a BOM; and the BOM the file starts with (or nothing).
    static QByteArray encode(AppleStringsFile::Encoding encoding, QStringView text);
    static QByteArray byteOrderMark(const AppleStringsFile& file);

    // A quoted .strings literal: escapes for '"', '\\', newline, tab and carriage return.
    static QString quote(const QString& text);
};

} // namespace tessera::formats
