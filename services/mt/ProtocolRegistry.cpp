// ProtocolRegistry: the provider protocols by id ("deepl" → DeepLProtocol), for the engine and the settings UI.
#include "ProtocolRegistry.h"

#include "AnthropicProtocol.h"
#include "ApertiumProtocol.h"
#include "DeepLProtocol.h"
#include "GoogleV2Protocol.h"
#include "GoogleV3Protocol.h"
#include "LibreTranslateProtocol.h"
#include "OpenAiProtocol.h"

namespace tessera::mt {

QStringList ProtocolRegistry::knownIds()
{
    return {QStringLiteral("apertium"),  QStringLiteral("libretranslate"), QStringLiteral("deepl"),
            QStringLiteral("google-v2"), QStringLiteral("google-v3"),      QStringLiteral("openai"),
            QStringLiteral("anthropic")};
}

std::unique_ptr<ProviderProtocol> ProtocolRegistry::create(const QString& id)
{
    std::unique_ptr<ProviderProtocol> protocol;
    if (id == QLatin1String("apertium"))
        protocol = std::make_unique<ApertiumProtocol>();
    else if (id == QLatin1String("libretranslate"))
        protocol = std::make_unique<LibreTranslateProtocol>();
    else if (id == QLatin1String("deepl"))
        protocol = std::make_unique<DeepLProtocol>();
    else if (id == QLatin1String("google-v2"))
        protocol = std::make_unique<GoogleV2Protocol>();
    else if (id == QLatin1String("google-v3"))
        protocol = std::make_unique<GoogleV3Protocol>();
    else if (id == QLatin1String("openai"))
        protocol = std::make_unique<OpenAiProtocol>();
    else if (id == QLatin1String("anthropic"))
        protocol = std::make_unique<AnthropicProtocol>();
    Q_ASSERT(!protocol || protocol->id() == id);
    return protocol;
}

ProtocolRegistry ProtocolRegistry::withAllProtocols()
{
    ProtocolRegistry registry;
    for (const QString& id : knownIds())
        registry.add(create(id));
    return registry;
}

void ProtocolRegistry::add(std::unique_ptr<ProviderProtocol> protocol)
{
    for (auto& existing : m_protocols)
        if (existing->id() == protocol->id()) {
            existing = std::move(protocol);
            return;
        }
    m_protocols.push_back(std::move(protocol));
}

const ProviderProtocol* ProtocolRegistry::find(const QString& id) const
{
    for (const auto& protocol : m_protocols)
        if (protocol->id() == id)
            return protocol.get();
    return nullptr;
}

QStringList ProtocolRegistry::ids() const
{
    QStringList out;
    for (const auto& protocol : m_protocols)
        out.append(protocol->id());
    return out;
}

} // namespace tessera::mt
