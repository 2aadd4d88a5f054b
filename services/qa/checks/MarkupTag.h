// MarkupTag: an HTML/XML tag placeable read apart: name, opening/closing/empty, attributes.
#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include "text/Placeable.h"

namespace tessera::qa::checks {

struct MarkupTag {
    enum class Type { Open, Close, Empty, Comment };
    Type type = Type::Open;
    QString name; // lower case for HTML; as written when it has a prefix (xliff:g)
    QMap<QString, QString> attributes;
    qsizetype start = 0;
    qsizetype length = 0;

    // The tags among `placeables` of `text`, in order.
    static QList<MarkupTag> read(const QString& text, const QList<text::Placeable>& placeables);
    // HTML elements that have no end tag (<br>, <img>, <hr>…).
    static bool isVoid(const QString& name);
    // Attributes whose value is prose to translate (alt, title, placeholder, aria-label…).
    static bool isTranslatableAttribute(const QString& name);
    // Attributes of an XLIFF inline code that only say how to show it (equiv-text, xid, disp, equiv,
    // ctype…): tools rewrite or drop them, the code is the same one while its id is.
    static bool isDisplayAttribute(const QString& element, const QString& name);
    // "<b>", "</b>", "<br/>" for messages.
    QString display() const;
};

} // namespace tessera::qa::checks
