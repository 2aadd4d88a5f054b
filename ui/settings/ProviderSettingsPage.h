// ProviderSettingsPage: the machine-translation providers' settings: a list of providers and one form each.
#pragma once

#include <QWidget>

class QComboBox;
class QListWidget;
class QStackedWidget;

namespace tessera::mt {
class HttpTransport;
class KeyStore;
class ProtocolRegistry;
class ProviderSettingsStore;
} // namespace tessera::mt

namespace tessera::ui::settings {

class ProviderForm;

class ProviderSettingsPage final : public QWidget {
    Q_OBJECT

public:
    // All must outlive the page.
    ProviderSettingsPage(const mt::ProtocolRegistry& registry, mt::KeyStore& keys, mt::ProviderSettingsStore& store,
                         mt::HttpTransport& transport, QWidget* parent = nullptr);

    void showProvider(const QString& providerId);
    ProviderForm* form(const QString& providerId) const;
    ProviderForm* currentForm() const;

private:
    QComboBox* m_active = nullptr;
    QListWidget* m_list = nullptr;
    QStackedWidget* m_forms = nullptr;
};

} // namespace tessera::ui::settings
