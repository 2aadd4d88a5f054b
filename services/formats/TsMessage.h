// TsMessage: one <message> of a Qt Linguist TS file as TsParser reads it, with where its translation is.
#pragma once

#include <QString>
#include <QStringList>

namespace tessera::formats {

struct TsMessage {
    QString context;           // <context><name>
    QString id;                // id= attribute, empty if none
    QString source;            // <source>
    QString comment;           // <comment>: the disambiguation, part of the key
    QString extraComment;      // <extracomment>: note for translators
    QString translatorComment; // <translatorcomment>
    QStringList locations;     // "file:line" from <location>
    bool numerus = false;      // numerus="yes"
    QString type;              // type= of <translation>: "", "unfinished", "vanished" or "obsolete"
    QStringList translations;  // one entry, or the <numerusform>s of a numerus message
    qint64 line = 0;           // where <message> starts
    qint64 column = 0;
    // Byte offsets into the file as UTF-8 (TsParser::decode): from '<' of <translation> to just past
    // its end tag; -1 if the message has no <translation>.
    qsizetype translationBegin = -1;
    qsizetype translationEnd = -1;
    QString translationAttributes; // the attributes of <translation> other than type, as written
    // The same for <translatorcomment>: from its '<' to just past its end tag; -1 if there is none.
    qsizetype translatorCommentBegin = -1;
    qsizetype translatorCommentEnd = -1;

    bool isObsolete() const { return type == QLatin1StringView("vanished") || type == QLatin1StringView("obsolete"); }
    bool isUnfinished() const { return type == QLatin1StringView("unfinished"); }
    // id when the message has one, else context U+0004 source U+0004 comment.
    QString key() const
    {
        if (!id.isEmpty())
            return id;
        return context + QChar(0x0004) + source + QChar(0x0004) + comment;
    }
};

} // namespace tessera::formats
