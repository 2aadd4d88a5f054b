// LanguagePath: where a monolingual format keeps one language's file beside the source-language
// file, by the conventions of the tools that read them (i18next, Flutter, Xcode).
#pragma once

#include <QString>
#include <QStringList>

namespace tessera::formats {

class LanguagePath {
public:
    // Whether a name is a language tag as file names spell them: en, de-DE, pt_BR, zh-Hans, sr_Latn_RS;
    // its language must be one Qt knows (ISO 639), so that src, app and nls are none.
    static bool isTag(const QString& name);

    // The ways projects spell the tag `language` in file names, the tag itself first: pt-BR, pt_BR,
    // pt-br, pt_br, ptBR (date-fns, Medusa); then the same of a code ISO 639 replaced (he: iw, id:
    // in, yi: ji, jv: jw, ro: mo, nb: no); last the language's English name (German), which old
    // .lproj folders are named by.
    static QStringList spellings(const QString& language);

    // i18next and flat JSON: the last folder named by a tag (locales/en/app.json →
    // locales/de/app.json), else a base name that is one (i18n/en.json → i18n/de.json) or ends in
    // one after '.', '_' or '-' (all.en.json → all.de.json, Messages_fr_FR.json →
    // Messages_de_DE.json), else the language before the extension (messages.json → messages.de.json).
    static QString json(const QString& sourcePath, const QString& language);
    // Flutter ARB: the base name's _locale suffix (l10n/app_en.arb → l10n/app_de.arb, pt-BR → app_pt_BR.arb).
    static QString arb(const QString& sourcePath, const QString& language);
    // Apple: the .lproj folder (en.lproj or Base.lproj → de.lproj), else as json().
    static QString lproj(const QString& sourcePath, const QString& language);
};

} // namespace tessera::formats
