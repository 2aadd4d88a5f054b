// GoogleV3Protocol: Cloud Translation Advanced (v3) projects/{p}/locations/{l}:translateText with a bearer token.
#include "GoogleV3Protocol.h"

#include "GoogleV2Protocol.h"
#include "LanguageTags.h"
#include "ProtocolJson.h"

namespace tessera::mt {

namespace {

struct Parent {
    QString project;
    QString location;
    QString path() const { return QStringLiteral("projects/%1/locations/%2").arg(project, location); }
};

domain::Result<Parent> parentOf(const ProviderSettings& settings)
{
    Parent parent{settings.extra.value(QStringLiteral("project")).toString().trimmed(),
                  settings.extra.value(QStringLiteral("location")).toString().trimmed()};
    if (parent.project.isEmpty())
        return ProtocolJson::settingsError(QStringLiteral("extra.project"),
                                           QStringLiteral("Google v3 needs the Google Cloud project id"));
    if (parent.location.isEmpty())
        parent.location = QStringLiteral("global");
    return parent;
}

HttpHeaders headersFor(const ProviderSettings& settings, const Parent& parent)
{
    HttpHeaders headers = ProtocolJson::jsonHeaders();
    headers.append({QByteArrayLiteral("authorization"), "Bearer " + settings.apiKey.toUtf8()});
    headers.append({QByteArrayLiteral("x-goog-user-project"), parent.project.toUtf8()});
    return headers;
}

} // namespace

QString GoogleV3Protocol::id() const
{
    return QStringLiteral("google-v3");
}

QString GoogleV3Protocol::displayName() const
{
    return QStringLiteral("Google Cloud Translation (Advanced, v3)");
}

bool GoogleV3Protocol::needsApiKey() const
{
    return true;
}

ProviderLimits GoogleV3Protocol::limits(const ProviderSettings& settings) const
{
    ProviderLimits limits;
    limits.maxSegments = 1024; // contents[] entries per request
    limits.maxChars = 30000;   // recommended maximum: 30,000 code points per request
    limits.acceptsGlossary = !settings.extra.value(QStringLiteral("glossary")).toString().isEmpty();
    limits.maskStyle = MaskStyle::XmlTags; // mimeType text/html
    return limits;
}

domain::Result<HttpRequest> GoogleV3Protocol::buildRequest(const MtBatch& batch, const ProviderSettings& settings) const
{
    if (settings.apiKey.isEmpty())
        return ProtocolJson::settingsError(QStringLiteral("apiKey"), QStringLiteral("Google v3 needs an access token"));
    const auto parent = parentOf(settings);
    if (!parent)
        return std::unexpected(parent.error());
    QJsonObject body{{QStringLiteral("contents"), ProtocolJson::texts(batch)},
                     {QStringLiteral("mimeType"), QStringLiteral("text/html")},
                     {QStringLiteral("targetLanguageCode"), LanguageTags::google(batch.targetLanguage)}};
    if (!batch.sourceLanguage.isEmpty())
        body.insert(QStringLiteral("sourceLanguageCode"), LanguageTags::google(batch.sourceLanguage));
    if (!settings.model.isEmpty())
        body.insert(QStringLiteral("model"), settings.model.startsWith(QStringLiteral("projects/"))
                                                 ? settings.model
                                                 : parent->path() + QStringLiteral("/models/") + settings.model);
    const QString glossary = settings.extra.value(QStringLiteral("glossary")).toString();
    if (!glossary.isEmpty()) {
        if (parent->location == u"global")
            return ProtocolJson::settingsError(QStringLiteral("extra.location"),
                                               QStringLiteral("Google v3 glossaries need a regional location, "
                                                              "not global"));
        body.insert(QStringLiteral("glossaryConfig"),
                    QJsonObject{{QStringLiteral("glossary"),
                                 glossary.startsWith(QStringLiteral("projects/"))
                                     ? glossary
                                     : parent->path() + QStringLiteral("/glossaries/") + glossary}});
    }
    HttpRequest request;
    request.url =
        ProtocolJson::join(ProtocolJson::endpoint(settings, QStringLiteral("https://translation.googleapis.com")),
                           QStringLiteral("/v3/") + parent->path() + QStringLiteral(":translateText"));
    request.headers = headersFor(settings, *parent);
    request.body = ProtocolJson::compact(body);
    return request;
}

domain::Result<QStringList> GoogleV3Protocol::parseResponse(const HttpResponse& reply, const MtBatch& batch) const
{
    // {"translations":[{"translatedText":"…"}], "glossaryTranslations":[{"translatedText":"…"}]}
    auto root = ProtocolJson::parseObject(reply.body);
    if (!root)
        return std::unexpected(root.error());
    const QString field = root->contains(QStringLiteral("glossaryTranslations"))
                              ? QStringLiteral("glossaryTranslations")
                              : QStringLiteral("translations");
    auto translations = ProtocolJson::array(*root, field, {});
    if (!translations)
        return std::unexpected(translations.error());
    return ProtocolJson::strings(*translations, QStringLiteral("translatedText"), batch.segments.size(), field);
}

QString GoogleV3Protocol::describeFailure(const HttpResponse& reply) const
{
    return GoogleV2Protocol::googleError(QStringLiteral("Google Cloud Translation v3"), reply);
}

domain::Result<HttpRequest> GoogleV3Protocol::buildProbe(const ProviderSettings& settings) const
{
    if (settings.apiKey.isEmpty())
        return ProtocolJson::settingsError(QStringLiteral("apiKey"), QStringLiteral("Google v3 needs an access token"));
    const auto parent = parentOf(settings);
    if (!parent)
        return std::unexpected(parent.error());
    HttpRequest request;
    request.method = QByteArrayLiteral("GET");
    request.url =
        ProtocolJson::join(ProtocolJson::endpoint(settings, QStringLiteral("https://translation.googleapis.com")),
                           QStringLiteral("/v3/") + parent->path() + QStringLiteral("/supportedLanguages"));
    request.headers = headersFor(settings, *parent);
    request.headers.removeIf([](const auto& h) { return h.first == "content-type"; });
    return request;
}

} // namespace tessera::mt
