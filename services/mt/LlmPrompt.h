// LlmPrompt: the translation prompt sent to chat models (segments as a numbered JSON array) and the
// robust reading of the JSON array they answer with.
#pragma once

#include <QString>
#include <QStringList>

#include "MtTypes.h"
#include "domain/Result.h"

namespace tessera::mt {

class LlmPrompt {
public:
    // The instructions: languages, what the items carry, keep [[n]] tokens, use the glossary, answer
    // with a JSON array of exactly N strings.
    // What one request to a chat model may hold: "maxSegments" and "maxChars" from the settings' extra
    // fields (40 and 6,000 by default); glossaries accepted; bracket tokens, which models leave alone.
    static ProviderLimits limits(const ProviderSettings& settings);
    static QString system(const MtBatch& batch);
    // The segments: [{"id":1,"text":…,"key":…,"note":…,"glossary":[{"source":…,"target":…}]}, …]
    static QString user(const MtBatch& batch);

    // The translations in the model's answer `content`: a JSON array of strings (or of objects with
    // "text"/"translation", ordered by "id" when given), found inside code fences or prose. An Error
    // naming `field` when there is no such array or it holds another number of items than `expected`.
    static domain::Result<QStringList> parse(const QString& content, qsizetype expected, const QString& field);
};

} // namespace tessera::mt
