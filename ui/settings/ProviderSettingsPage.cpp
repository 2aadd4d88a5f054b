// ProviderSettingsPage: the machine-translation providers' settings: a list of providers and one form each.
#include "ProviderSettingsPage.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>

#include "mt/ProtocolRegistry.h"
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
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_forms, 1);
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
