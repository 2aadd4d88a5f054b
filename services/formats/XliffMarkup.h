// XliffMarkup: turning Tessera's inline-code text back into XLIFF element content, and editing the
// attributes of a start tag as written, for the XLIFF writers and creators.
#pragma once

#include <optional>

#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

#include "XliffScanner.h"
#include "domain/Segment.h"

namespace tessera::formats {

class XliffMarkup {
public:
    // Element content for inline-code text (see XliffScanner.h): the inline-code tags of `version`
    // (1.2: g x bx ex bpt ept ph it mrk sub; 2.x: ph pc sc ec mrk sm em cp) are written as they are,
    // with the content of 1.2 native-code elements; everything else is escaped (& < >). nullopt when
    // the result is not well-formed XML (an unclosed <g>, a stray </pc>, a bad attribute).
    // The keys of `segments` that a created file can carry as resname/name: the ids it makes up for
    // the others must not be one of them, or two units would read back with the same key.
    static QSet<QString> safeKeys(const QList<domain::Segment>& segments);
    // `prefix` + the next number (from `number` + 1) that is not in `taken`.
    static QString freshId(const QString& prefix, int& number, const QSet<QString>& taken);

    static std::optional<QString> toXml(const QString& text, XliffVersion version);

    // Attribute value escaped for "…": & < > " and the white space an XML parser would normalise.
    static QString attribute(const QString& value);

    // The start tag `tag` (as written, "<target …>" or "<target …/>") with attribute `name` set to
    // `value` (escaped here): replaced in place where it is there, else added at the end.
    static QString setAttribute(QStringView tag, const QString& name, const QString& value);
    // setAttribute() on the start tag at bytes [begin, end) of a UTF-8 file: what the writers put in
    // its place (the document's language on a <file> or <xliff> that names another).
    static QString setAttribute(QByteArrayView file, qsizetype begin, qsizetype end, const QString& name,
                                const QString& value);
    // The value of attribute `name` in a start tag as written, nullopt when it has none.
    static std::optional<QString> attributeValue(QStringView tag, const QString& name);
    // "<target …/>" → "<target …>"; other tags unchanged.
    static QString openTag(QStringView tag);
    // The qualified name of a start tag: "target", "xlf:target".
    static QString tagName(QStringView tag);

    // Whether a string can be written into XML 1.0 at all (no control characters but tab, LF, CR).
    static bool isXmlSafe(const QString& text);
};

} // namespace tessera::formats
