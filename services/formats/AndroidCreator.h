// AndroidCreator: writes a new Android strings.xml from a document, laid out as Android Studio
// writes one (XML declaration with encoding="utf-8", 4-space indentation).
#pragma once

#include <QByteArray>
#include <QString>

#include "ParsedDocument.h"
#include "domain/Result.h"

namespace tessera::formats {

class AndroidCreator {
public:
    // Each segment becomes a <string> (a plural one a <plurals> with the CLDR categories of the
    // target language, or one/other without a language; keys "name[N]" in a row a <string-array>)
    // holding its target, or its source where the target is empty. Keys that are no resource names
    // are made into one ([A-Za-z0-9_.], made unique). Notes become a comment before the element,
    // Locked segments translatable="false".
    static domain::Result<QByteArray> create(const ParsedDocument& document, const QString& fileName);

    // `key` as a resource name: [A-Za-z_][A-Za-z0-9_.]*.
    static QString resourceName(const QString& key);
};

} // namespace tessera::formats
