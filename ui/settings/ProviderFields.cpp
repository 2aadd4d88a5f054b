// ProviderFields: what each MT provider's settings form asks for beyond endpoint and key (project,
// deployment, formality…), with labels and hints.
#include "ProviderFields.h"

#include "mt/ApertiumProtocol.h"

namespace tessera::ui::settings {

QList<ProviderField> ProviderFields::extra(const QString& id)
{
    if (id == u"libretranslate")
        return {{QStringLiteral("charLimit"), tr("Characters per request"), QStringLiteral("5000"), {}},
                {QStringLiteral("batchLimit"), tr("Segments per request"), QStringLiteral("50"), {}}};
    if (id == u"deepl")
        return {{QStringLiteral("formality"),
                 tr("Formality"),
                 {},
                 {QStringLiteral("default"), QStringLiteral("more"), QStringLiteral("less"),
                  QStringLiteral("prefer_more"), QStringLiteral("prefer_less")}},
                {QStringLiteral("glossaryId"),
                 tr("Glossary id"),
                 tr("a glossary made in DeepL for this language pair"),
                 {}},
                {QStringLiteral("context"), tr("Context"), tr("text that steers every translation"), {}}};
    if (id == u"google-v3")
        return {{QStringLiteral("project"), tr("Project id"), tr("Google Cloud project"), {}},
                {QStringLiteral("location"), tr("Location"), QStringLiteral("global"), {}},
                {QStringLiteral("glossary"), tr("Glossary id"), tr("needs a regional location"), {}}};
    if (id == u"openai")
        return {{QStringLiteral("azureDeployment"), tr("Azure deployment"), tr("only for Azure OpenAI"), {}},
                {QStringLiteral("apiVersion"), tr("Azure API version"), QStringLiteral("2024-10-21"), {}},
                {QStringLiteral("maxSegments"), tr("Segments per request"), QStringLiteral("40"), {}}};
    if (id == u"anthropic")
        return {{QStringLiteral("maxTokens"), tr("Max tokens"), QStringLiteral("4096"), {}},
                {QStringLiteral("maxSegments"), tr("Segments per request"), QStringLiteral("40"), {}}};
    return {};
}

bool ProviderFields::hasModel(const QString& id)
{
    return id == u"openai" || id == u"anthropic" || id == u"google-v3" || id == u"google-v2";
}

QString ProviderFields::modelPlaceholder(const QString& id)
{
    if (id == u"openai")
        return tr("gpt-4o-mini, or the local server's model name");
    if (id == u"anthropic")
        return QStringLiteral("claude-sonnet-4-5");
    if (id == u"google-v3")
        return QStringLiteral("general/nmt");
    if (id == u"google-v2")
        return QStringLiteral("nmt");
    return {};
}

QString ProviderFields::endpointPlaceholder(const QString& id)
{
    if (id == u"apertium")
        return mt::ApertiumProtocol::defaultEndpoint();
    if (id == u"libretranslate")
        return QStringLiteral("http://127.0.0.1:5000");
    if (id == u"deepl")
        return tr("chosen from the key (api-free.deepl.com for keys ending in :fx)");
    if (id == u"google-v2" || id == u"google-v3")
        return QStringLiteral("https://translation.googleapis.com");
    if (id == u"openai")
        return tr("https://api.openai.com, an Azure resource, or http://127.0.0.1:8080 (llama.cpp)");
    if (id == u"anthropic")
        return QStringLiteral("https://api.anthropic.com");
    return {};
}

QString ProviderFields::keyLabel(const QString& id)
{
    return id == u"google-v3" ? tr("Access token") : tr("API key");
}

} // namespace tessera::ui::settings
