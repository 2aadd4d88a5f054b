// PoHeader: what Tessera reads from a PO header entry: charset, language and plural count.
#pragma once

#include <QByteArray>
#include <QString>

namespace tessera::formats {

struct PoHeader {
    QByteArray charset; // from Content-Type; "UTF-8" when none is named
    QString language;   // the Language field; a language's name there as its code (Ukrainian: uk);
                        // empty when there is none or it names no language
    int nplurals = 0;   // from Plural-Forms, 0 when absent or a placeholder
    // xgettext's placeholders are there (charset=CHARSET, nplurals=INTEGER) and no Language: a
    // template (POT), not a catalog of some language, unless its entries hold translations all the
    // same (PoWriter checks: Horde's catalogs keep "nplurals=INTEGER").
    bool isTemplate = false;

    // Parses the header's msgstr (escapes already decoded). Header fields are ASCII.
    static PoHeader parse(const QByteArray& msgstr);

    // Whether a file whose Language field says `fileLanguage` holds translations into the BCP 47
    // tag `language`: the same tag, or one a more specific form of the other (de and de_DE); not
    // when it names none.
    static bool isFor(const QString& fileLanguage, const QString& language);

    // A header's text (`msgstr`, fields separated by "\n") made into that of `language`'s catalog, as
    // msginit makes a template into one: `Language` set (in gettext's spelling: pt_BR, sr@latin),
    // the template's `charset=CHARSET` made UTF-8, and `Plural-Forms` set to `pluralForms` when that
    // is given (gettext's formula for the language). Every other field stays as it was.
    static QString forLanguage(const QString& msgstr, const QString& language, const QString& pluralForms);

    // The BCP 47 tag as gettext spells languages: pt-BR → pt_BR, sr-Latn → sr@latin, ca-valencia →
    // ca@valencia, zh-Hans → zh_CN, zh-Hant → zh_TW.
    static QString gettextName(const QString& language);
};

} // namespace tessera::formats
