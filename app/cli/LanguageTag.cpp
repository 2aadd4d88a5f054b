#include "LanguageTag.h"

#include "text/LanguageTag.h"

namespace tessera::cli {

std::optional<QString> normalizeLanguageTag(const QString& text)
{
    auto tag = text::LanguageTag::normalize(text);
    if (!tag)
        return std::nullopt;
    return *tag;
}

} // namespace tessera::cli
