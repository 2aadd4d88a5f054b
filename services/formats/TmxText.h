// TmxText: the text conventions of TMX shared by its reader and writer: dates (YYYYMMDDThhmmssZ),
// escaping, and the inline elements of a <seg> kept as markup inside a unit's text.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringView>

namespace tessera::formats {

class XmlPull;

class TmxText {
public:
    // "20240131T235959Z" (also without the Z, and ISO 8601 "2024-01-31T23:59:59Z"); invalid when
    // the text is none of those.
    static QDateTime parseDate(QStringView text);
    // UTC, whole seconds: "20240131T235959Z"; empty for an invalid date.
    static QString formatDate(const QDateTime& date);

    // Character data: & < > escaped, and CR as &#13; so that it survives the parser's line-end
    // normalisation. Characters XML cannot carry (controls, U+FFFE/U+FFFF, lone surrogates) are
    // dropped.
    static void appendEscaped(QString& out, QStringView text);
    // Attribute values: also " and TAB/LF/CR as character references.
    static void appendAttribute(QString& out, QStringView text);

    // False when the text holds a character XML 1.0 cannot carry (a control character such as U+0000,
    // U+FFFE, U+FFFF, a lone surrogate).
    static bool isXmlText(QStringView text);

    // True for the TMX 1.4 inline elements: bpt ept ph it hi ut sub.
    static bool isInlineElement(QStringView name);

    // Appends the start tag of the reader's current StartElement as markup (without the closing '>'),
    // in UTF-8: attribute values decoded and escaped again, in double quotes.
    static void appendStartTag(QByteArray& out, const XmlPull& reader);

    // Appends a unit's text as <seg> content: each span that is a well-formed inline element that
    // the reader would give back unchanged is copied as markup, all else is escaped.
    static void appendSegContent(QString& out, const QString& text);

    // Reads the content of the element the reader is on (a <seg>) into the unit-text convention, in
    // UTF-8: character data unescaped, elements as markup (their text escaped again). Stops on its
    // end element; false on an XML error.
    static bool readSegContent(XmlPull& reader, QByteArray& out);
    // The same as a QString into `text` (`buffer` is scratch space): a segment that is one run of
    // plain text is decoded once, straight from the reader's bytes.
    static bool readSegContent(XmlPull& reader, QByteArray& buffer, QString& text);
};

} // namespace tessera::formats
