// ProviderSettingsDialog: the Settings menu's "Machine Translation Providers" window around
// ProviderSettingsPage, with the OS keychain and the MT engine's transport.
#include "ProviderSettingsDialog.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

#include "mt/CurlTransport.h"
#include "mt/KeychainKeyStore.h"
#include "mt/ProtocolRegistry.h"
#include "mt/ProviderSettingsStore.h"
#include "ui/settings/ProviderSettingsPage.h"

namespace tessera::ui::settings {

ProviderSettingsDialog::ProviderSettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_registry(std::make_unique<mt::ProtocolRegistry>(mt::ProtocolRegistry::withAllProtocols()))
    , m_store(std::make_unique<mt::ProviderSettingsStore>())
    , m_keys(new mt::KeychainKeyStore(this))
    , m_transport(std::make_unique<mt::CurlTransport>())
{
    setObjectName(QStringLiteral("providerSettingsDialog"));
    setWindowTitle(tr("Machine Translation Providers"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new ProviderSettingsPage(*m_registry, *m_keys, *m_store, *m_transport, this));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 480);
}

ProviderSettingsDialog::~ProviderSettingsDialog() = default;

} // namespace tessera::ui::settings
