// ProviderSettingsPage: the machine-translation providers' settings: a list of providers and one form each.
#include "ProviderSettingsPage.h"

#include <algorithm>

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "mt/ProtocolRegistry.h"
#include "mt/ProviderSettingsStore.h"
#include "ui/settings/ProviderForm.h"

namespace tessera::ui::settings {

ProviderSettingsPage::ProviderSettingsPage(const mt::ProtocolRegistry& registry, mt::KeyStore& keys,
                                           mt::ProviderSettingsStore& store, mt::HttpTransport& transport,
                                           QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_forms(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("providerSettingsPage"));
    m_list->setObjectName(QStringLiteral("providerList"));
    for (const QString& id : registry.ids()) {
        const mt::ProviderProtocol* protocol = registry.find(id);
        auto* item = new QListWidgetItem(protocol->displayName(), m_list);
        item->setData(Qt::UserRole, id);
        m_forms->addWidget(new ProviderForm(*protocol, keys, store, transport, m_forms));
    }
    m_list->setMaximumWidth(m_list->sizeHintForColumn(0) + 24);

    // Which provider the editor's suggestions and Pretranslate with Machine Translation use.
    m_active = new QComboBox(this);
    m_active->setObjectName(QStringLiteral("activeProvider"));
    m_active->addItem(tr("None"), QString());
    for (const QString& id : registry.ids())
        m_active->addItem(registry.find(id)->displayName(), id);
    m_active->setCurrentIndex(std::max(0, m_active->findData(store.activeProvider())));
    connect(m_active, &QComboBox::currentIndexChanged, this,
            [this, &store] { store.setActiveProvider(m_active->currentData().toString()); });
    auto* active = new QFormLayout;
    active->addRow(tr("&Use for suggestions and pretranslation:"), m_active);

    auto* providers = new QHBoxLayout;
    providers->addWidget(m_list);
    providers->addWidget(m_forms, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(active);
    layout->addLayout(providers, 1);
    connect(m_list, &QListWidget::currentRowChanged, m_forms, &QStackedWidget::setCurrentIndex);
    m_list->setCurrentRow(0);
}

void ProviderSettingsPage::showProvider(const QString& providerId)
{
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(Qt::UserRole).toString() == providerId)
            m_list->setCurrentRow(row);
}

ProviderForm* ProviderSettingsPage::form(const QString& providerId) const
{
    for (int i = 0; i < m_forms->count(); ++i)
        if (auto* form = qobject_cast<ProviderForm*>(m_forms->widget(i)); form && form->protocol().id() == providerId)
            return form;
    return nullptr;
}

ProviderForm* ProviderSettingsPage::currentForm() const
{
    return qobject_cast<ProviderForm*>(m_forms->currentWidget());
}

} // namespace tessera::ui::settings
