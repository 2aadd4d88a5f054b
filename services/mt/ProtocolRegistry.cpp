// ProtocolRegistry: the provider protocols by id ("deepl" → DeepLProtocol), for the engine and the settings UI.
#include "ProtocolRegistry.h"

#include "AnthropicProtocol.h"
#include "DeepLProtocol.h"
#include "GoogleV2Protocol.h"
#include "GoogleV3Protocol.h"
#include "LibreTranslateProtocol.h"
#include "OpenAiProtocol.h"

namespace tessera::mt {

ProtocolRegistry ProtocolRegistry::withCloudProtocols()
{
    ProtocolRegistry registry;
    registry.add(std::make_unique<LibreTranslateProtocol>());
    registry.add(std::make_unique<DeepLProtocol>());
    registry.add(std::make_unique<GoogleV2Protocol>());
    registry.add(std::make_unique<GoogleV3Protocol>());
    registry.add(std::make_unique<OpenAiProtocol>());
    registry.add(std::make_unique<AnthropicProtocol>());
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
