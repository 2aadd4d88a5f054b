// LanguageTags: BCP 47 tags (en-GB, pt-BR, zh-Hant) turned into the codes each provider accepts.
#pragma once

#include <QString>

namespace tessera::mt {

class LanguageTags {
public:
    // "pt_BR", "PT-br" → "pt-BR"; "zh-hant-tw" → "zh-Hant-TW".
    static QString normalize(const QString& tag);

    // DeepL: upper case; source without region (EN, PT, ZH); target with the regions DeepL has
    // (EN-GB/EN-US, PT-BR/PT-PT, ZH-HANS/ZH-HANT), "en" → EN-US and "pt" → PT-PT as DeepL documents.
    static QString deepLSource(const QString& tag);
    static QString deepLTarget(const QString& tag);
    // Google Cloud Translation: ISO 639 lower case, except zh-CN / zh-TW (Hans/Hant map there) and the
    // few regional codes Google lists (pt-PT, fr-CA, mni-Mtei…).
    static QString google(const QString& tag);
    // LibreTranslate (Argos): language only, lower case; zh-Hant/zh-TW → "zt", pt-BR → "pb".
    static QString libreTranslate(const QString& tag);
    // For LLM prompts: "German (de)", "Portuguese, Brazil (pt-BR)".
    static QString describe(const QString& tag);
};

} // namespace tessera::mt
