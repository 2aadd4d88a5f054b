// GettextPlurals: the Plural-Forms header gettext uses for a language, for PO files Tessera creates.
#pragma once

#include <QString>

namespace tessera::formats {

class GettextPlurals {
public:
    // "nplurals=3; plural=(n%10==1 && …);" for a BCP 47 tag (de, pt-BR, sr-Latn), from gettext's
    // table of formulas; a language missing from it gets one from its CLDR integer categories when
    // those are "other" or "one, other", and an empty string otherwise.
    static QString header(const QString& languageTag);
};

} // namespace tessera::formats
