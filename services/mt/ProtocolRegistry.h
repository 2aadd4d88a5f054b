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

    // Every protocol id Tessera knows, in the order they are listed to users.
    static QStringList knownIds();
    // A new protocol object for `id`, or nullptr for an unknown id.
    static std::unique_ptr<ProviderProtocol> create(const QString& id);
    // One of each known protocol (Apertium, LibreTranslate, DeepL, Google v2 and v3, OpenAI-compatible,
    // Anthropic).
    static ProtocolRegistry withAllProtocols();

    // Takes `protocol`; one with the same id is replaced.
    void add(std::unique_ptr<ProviderProtocol> protocol);
    // nullptr for an unknown id.
    const ProviderProtocol* find(const QString& id) const;
    QStringList ids() const; // in the order added

private:
    std::vector<std::unique_ptr<ProviderProtocol>> m_protocols;
};

} // namespace tessera::mt
