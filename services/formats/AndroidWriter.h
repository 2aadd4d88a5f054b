// AndroidWriter: writes targets into an Android string resource file, replacing only the content of
// edited <string>s and <item>s, and (given the default file) inserting missing translations in the
// default file's order with the file's indentation; every other byte is copied as it was.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "AndroidEntry.h"
#include "domain/Result.h"
#include "domain/Segment.h"

namespace tessera::formats {

class AndroidWriter {
public:
    // Targets of segments whose key the file has. Plural items the language needs but the file lacks
    // are inserted; strings the file lacks are not (there is no default file to say where).
    static domain::Result<QByteArray> write(const QByteArray& original, const QList<domain::Segment>& segments,
                                            const QString& fileName, const QString& language = {});

    // As write(), and also inserts what `original` (values-xx/strings.xml) lacks but the default
    // file `sourceData` has: strings, plurals and string-arrays with a translation (a non-empty
    // target, not New, not Locked, translatable), each after the entry before it in the default
    // file, and string-array items at the end of their array.
    static domain::Result<QByteArray> writePair(const QByteArray& sourceData, const QString& sourceFileName,
                                                const QByteArray& original, const QList<domain::Segment>& segments,
                                                const QString& fileName, const QString& language = {});

    // A value's content written in `mode`; empty error on success, otherwise what is wrong
    // (markup that is not well-formed).
    static QString encode(const QString& text, AndroidTextMode mode, QString& error);

    // A whole new element: <string name=…>…</string>, <plurals> with one <item quantity=…> per
    // value, or <string-array> with one <item> per value; nested lines indented by `indent` + `unit`.
    // `quantities` is empty unless kind is Plurals.
    static domain::Result<QString> element(AndroidEntry::Kind kind, const QString& name, const QString& attributes,
                                           const QStringList& quantities, const QStringList& texts,
                                           AndroidTextMode mode, const QString& indent, const QString& unit,
                                           const QString& eol);
};

} // namespace tessera::formats
