// AndroidEntry: one <string>, <plurals> or <string-array> of an Android resource file as
// AndroidParser reads it, with where its values are in the file's UTF-8 text.
#pragma once

#include <QList>
#include <QString>

namespace tessera::formats {

// How the content of a <string> or <item> is written, which decides how a new value is written.
enum class AndroidTextMode {
    Plain,  // character data and entity references only
    Cdata,  // a CDATA section (taken verbatim) and no elements
    Markup, // inline elements (<b>, <xliff:g>, …): the text keeps them, and entity references, as written
};

struct AndroidValue {
    QString quantity; // quantity= of a plurals <item>, empty otherwise
    QString text;     // as the app shows it (markup kept in Markup mode)
    AndroidTextMode mode = AndroidTextMode::Plain;
    // Byte offsets into the file as UTF-8 (AndroidParser::decode): the element from '<' to just past
    // its end, and its content; a self-closing element has contentBegin == contentEnd at its "/>".
    qsizetype elementBegin = 0;
    qsizetype elementEnd = 0;
    qsizetype contentBegin = 0;
    qsizetype contentEnd = 0;
    bool selfClosing = false;
    qint64 line = 0;
    qint64 column = 0;
};

struct AndroidEntry {
    enum class Kind { String, Plurals, Array };
    Kind kind = Kind::String;
    QString name;
    QString note;               // the comment just before the element
    bool translatable = true;   // translatable="false" makes it false
    QString formatted;          // formatted= as written, empty if none
    QList<AndroidValue> values; // one for a string, the items of plurals and string-array
    qsizetype begin = 0;        // '<' of the start tag
    qsizetype end = 0;          // just past the end tag
    qsizetype startTagEnd = 0;  // just past the start tag
    bool selfClosing = false;   // <plurals name="x"/> or <string-array name="x"/>
    qint64 line = 0;
    qint64 column = 0;

    // The key of value `index`: name, or name[index] for a string-array item.
    QString key(qsizetype index = 0) const
    {
        return kind == Kind::Array ? name + QLatin1Char('[') + QString::number(index) + QLatin1Char(']') : name;
    }
};

} // namespace tessera::formats
