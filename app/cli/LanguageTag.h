// LanguageTag: checking and canonical spelling of BCP 47 tags given on the command line.
#pragma once

#include <optional>

#include <QString>

namespace tessera::cli {

// "de_de" → "de-DE", "zh-hans" → "zh-Hans", "pt-br" → "pt-BR"; nullopt for text that is no tag at
// all ("", "de DE", "42", "de--DE"). tessera::text::LanguageTag does the work, with ICU.
std::optional<QString> normalizeLanguageTag(const QString& text);

} // namespace tessera::cli
