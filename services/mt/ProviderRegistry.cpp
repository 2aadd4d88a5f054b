// ProviderRegistry: one line per protocol.
#include "ProviderRegistry.h"

#include "ApertiumProtocol.h"

namespace tessera::mt {

QStringList ProviderRegistry::ids()
{
    return {QStringLiteral("apertium")};
}

std::unique_ptr<ProviderProtocol> ProviderRegistry::create(const QString& id)
{
    if (id == QLatin1String("apertium"))
        return std::make_unique<ApertiumProtocol>();
    return nullptr;
}

} // namespace tessera::mt
