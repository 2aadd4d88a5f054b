// QaContext: what checking a segment needs beyond the segment: languages, the project's settings,
// the termbase, a dictionary and the project's other translations.
#pragma once

#include <memory>

#include <QString>

#include "domain/QaSettings.h"

namespace tessera::terms {
class TermRecognizer;
}

namespace tessera::qa {

class ConsistencySource;
class SpellChecker;

struct QaContext {
    QString sourceLanguage; // BCP 47
    QString targetLanguage;
    domain::QaSettings settings; // CheckRegistry::defaultSettings() when the project has none

    // Source-language terms with their target-language translations (terminology), and the
    // target-language terms with their status (forbidden terms); null: those checks stay silent.
    std::shared_ptr<const terms::TermRecognizer> sourceTerms;
    std::shared_ptr<const terms::TermRecognizer> targetTerms;
    // The target language's dictionary; null: no spelling check.
    std::shared_ptr<const SpellChecker> spelling;
    // The other translations of the project in this language; null: no consistency checks. Shared:
    // a checker keeps the source it was built with alive.
    std::shared_ptr<const ConsistencySource> consistency;
};

} // namespace tessera::qa
