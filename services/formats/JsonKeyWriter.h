// JsonKeyWriter: writes targets back into a key-value JSON file (flat, i18next, ARB) and creates new
// ones; only edited strings change, missing keys and plural forms are inserted in the file's layout.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "JsonKeys.h"
#include "domain/Result.h"
#include "domain/Segment.h"

namespace tessera::formats {

class JsonKeyWriter {
public:
    // `language` decides the plural forms of i18next entries.
    static domain::Result<QByteArray> write(const QByteArray& original, const QList<domain::Segment>& segments,
                                            const QString& fileName, JsonKeys::Mode mode, const QString& language);

    // The members a segment adds to its parent object as (member name, text): the leaf itself, or for a
    // plural segment leaf_<category> (leaf_ordinal_<category>) for the categories of `language`.
    static QList<std::pair<QString, QString>> leafMembers(const domain::Segment& segment, const QString& leaf,
                                                          const QString& language);

    // A new file as JSON.stringify(value, null, 2) writes it, with a final line end. I18next keys are
    // nested at '.', plural targets written as key_<category> for `language` (or the forms the
    // targets count when it is unknown).
    static QByteArray create(const QList<domain::Segment>& segments, JsonKeys::Mode mode, const QString& language);
};

} // namespace tessera::formats
