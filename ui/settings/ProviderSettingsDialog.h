// ProviderSettingsDialog: the Settings menu's "Machine Translation Providers" window around
// ProviderSettingsPage, with the OS keychain and the MT engine's transport.
#pragma once

#include <memory>

#include <QDialog>

namespace tessera::mt {
class HttpTransport;
class KeyStore;
class ProtocolRegistry;
class ProviderSettingsStore;
} // namespace tessera::mt

namespace tessera::ui::settings {

class ProviderSettingsDialog final : public QDialog {
    Q_OBJECT

public:
    explicit ProviderSettingsDialog(QWidget* parent = nullptr);
    ~ProviderSettingsDialog() override;

private:
    std::unique_ptr<mt::ProtocolRegistry> m_registry;
    std::unique_ptr<mt::ProviderSettingsStore> m_store;
    mt::KeyStore* m_keys = nullptr;
    std::unique_ptr<mt::HttpTransport> m_transport; // the engine's, for Test connection
};

} // namespace tessera::ui::settings
