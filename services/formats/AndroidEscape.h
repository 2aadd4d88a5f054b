// AndroidEscape: the text rules of Android string resources (as aapt2 applies them): backslash
// escapes, double quotes that keep whitespace, whitespace collapsing, and the way back.
#pragma once

#include <QString>
#include <QStringView>

namespace tessera::formats {

// Turns the content of a <string>/<item> into the text an app shows. Feed it the pieces in order:
// text() for character data (escapes and quotes apply, runs of ASCII whitespace outside quotes
// become one space, leading and trailing ones go), verbatim() for what is taken as it is (CDATA
// sections, and the tags and entity references of inline markup).
class AndroidTextDecoder {
public:
    // False on a bad escape (\u without four hex digits); `error()` says what.
    bool text(QStringView piece);
    void verbatim(QStringView piece);
    QString finish() { return m_out; }
    QString error() const { return m_error; }

private:
    void flushSpace();

    QString m_out;
    QString m_error;
    bool m_quoted = false;
    bool m_pendingSpace = false;
};

class AndroidEscape {
public:
    // Decodes character data alone (no markup); false with `error` set on a bad escape.
    static bool decode(QStringView text, QString& out, QString& error);

    // Decodes the raw inner XML of an element that holds markup: tags, comments, CDATA sections and
    // entity references are kept as written, character data is decoded.
    static bool decodeMarkup(QStringView raw, QString& out, QString& error);

    // Text as aapt2 reads it back, XML-escaped: \\ \" \' \n \t, \@ and \? at the start, other
    // control characters as \uXXXX, and the whole in double quotes when spaces would collapse.
    static QString encode(const QString& text);

    // Like encode() for a fragment with inline markup: tags, comments, CDATA and entity references
    // are written as they are, only the character data between them is escaped.
    static QString encodeMarkup(const QString& fragment);

    // A CDATA section holding `text` ("]]>" split across two sections).
    static QString encodeCdata(const QString& text);

    // The length of the markup construct (tag, comment, CDATA, entity reference) at `at` of
    // `text`, or 0 when there is none there.
    static qsizetype markupLength(QStringView text, qsizetype at);
};

} // namespace tessera::formats
