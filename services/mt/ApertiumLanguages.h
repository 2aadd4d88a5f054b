// ApertiumLanguages: BCP 47 tags ↔ the ISO 639-3 codes Apertium names its pairs with (en ↔ eng).
#pragma once

#include <QString>

namespace tessera::mt {

class ApertiumLanguages {
public:
    // "en" → "eng", "es-ES" → "spa", and the regional variants Apertium has pairs for: "en-US" →
    // "eng_US", "pt-BR" → "por_BR"; a three-letter code stays as it is. Empty for what is not a
    // language tag or a language Apertium does not know.
    static QString toApertium(const QString& bcp47);
    // "eng" → "en", "eng_US" → "en-US"; codes without a two-letter form stay ("ast").
    static QString toBcp47(const QString& apertium);
};

} // namespace tessera::mt
