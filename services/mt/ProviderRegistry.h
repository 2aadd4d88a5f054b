// ProviderRegistry: the provider protocols Tessera knows, by id.
#pragma once

#include <memory>

#include <QStringList>

namespace tessera::mt {

class ProviderProtocol;

class ProviderRegistry {
public:
    // Known protocol ids, in the order they are listed to users.
    static QStringList ids();
    // A new protocol object, or nullptr for an unknown id.
    static std::unique_ptr<ProviderProtocol> create(const QString& id);
};

} // namespace tessera::mt
