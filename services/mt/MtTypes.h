// MtTypes: what a machine-translation request and its HTTP exchange carry, for every provider.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

#include <utility>

namespace tessera::mt {

// A glossary entry sent to providers that accept terminology (DeepL glossaries, LLM prompts).
struct GlossaryHint {
    QString source;
    QString target;
};

// One segment to translate. `text` is already masked: placeables and tags are replaced by tokens in
// the provider's MaskStyle, and are put back by the engine after the reply.
struct MtSegment {
    QString text;
    QString key;  // the string's key, context for LLM providers
    QString note; // developer note, context for LLM providers
    QList<GlossaryHint> glossary;
};

// Segments sent together in one request, all in one language pair (BCP 47 tags).
struct MtBatch {
    QString sourceLanguage;
    QString targetLanguage;
    QList<MtSegment> segments;
};

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

struct HttpRequest {
    QByteArray method = QByteArrayLiteral("POST");
    QUrl url;
    HttpHeaders headers;
    QByteArray body;
};

// status 0 means no HTTP reply arrived (refused, reset, timed out); `transportError` then says why.
struct HttpResponse {
    int status = 0;
    HttpHeaders headers; // names in lower case
    QByteArray body;
    QString transportError;

    QByteArray header(const QByteArray& lowerCaseName) const
    {
        for (const auto& [name, value] : headers)
            if (name == lowerCaseName)
                return value;
        return {};
    }
};

// How masked placeables look to a provider: XML-ish tags that tag-aware engines keep in place
// (<x id="1"/>), or bracketed tokens that plain-text engines and LLMs leave alone ([[1]]).
enum class MaskStyle { XmlTags, Brackets };

// What one request to a provider may hold.
struct ProviderLimits {
    int maxSegments = 1;
    int maxChars = 5000; // masked characters per request
    bool acceptsGlossary = false;
    MaskStyle maskStyle = MaskStyle::Brackets;
};

// One configured provider. The API key comes from the OS keychain when the provider is used and is
// never stored with the rest of these settings or logged.
struct ProviderSettings {
    QString id;        // protocol id: "apertium", "libretranslate", "deepl", "google-v2", "google-v3",
                       // "openai", "anthropic"
    QUrl endpoint;     // empty: the protocol's default
    QString model;     // LLM model, Google v3 model path, …
    QString apiKey;    // filled from the keychain at use, never persisted here
    QVariantMap extra; // protocol-specific: Google v3 project and location, Azure deployment and
                       // api-version, DeepL formality, …
};

} // namespace tessera::mt
