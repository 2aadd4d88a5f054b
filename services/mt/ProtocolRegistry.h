// ProtocolRegistry: the provider protocols by id ("deepl" → DeepLProtocol), for the engine and the settings UI.
#pragma once

#include <memory>
#include <vector>

#include <QStringList>

#include "ProviderProtocol.h"

namespace tessera::mt {

class ProtocolRegistry {
public:
    ProtocolRegistry() = default;
    ProtocolRegistry(ProtocolRegistry&&) noexcept = default;
    ProtocolRegistry& operator=(ProtocolRegistry&&) noexcept = default;

    // LibreTranslate, DeepL, Google v2 and v3, OpenAI-compatible, Anthropic (the engine adds Apertium).
    static ProtocolRegistry withCloudProtocols();

    // Takes `protocol`; one with the same id is replaced.
    void add(std::unique_ptr<ProviderProtocol> protocol);
    // nullptr for an unknown id.
    const ProviderProtocol* find(const QString& id) const;
    QStringList ids() const; // in the order added

private:
    std::vector<std::unique_ptr<ProviderProtocol>> m_protocols;
};

} // namespace tessera::mt
