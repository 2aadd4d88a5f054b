// ProviderSettingsStore: a provider's non-secret settings (endpoint, model, extra) in QSettings under
// mt/providers/<id>; the API key is never written here (it lives in a KeyStore).
#include "ProviderSettingsStore.h"

namespace tessera::mt {

namespace {

QString groupOf(const QString& providerId)
{
    return QStringLiteral("mt/providers/") + providerId;
}

} // namespace

ProviderSettingsStore::ProviderSettingsStore(const QString& iniFile)
    : m_iniFile(iniFile)
{}

std::unique_ptr<QSettings> ProviderSettingsStore::open() const
{
    if (m_iniFile.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(m_iniFile, QSettings::IniFormat);
}

QString ProviderSettingsStore::fileName() const
{
    return open()->fileName();
}

ProviderSettings ProviderSettingsStore::load(const QString& providerId) const
{
    const auto settings = open();
    settings->beginGroup(groupOf(providerId));
    ProviderSettings out;
    out.id = providerId;
    out.endpoint = QUrl(settings->value(QStringLiteral("endpoint")).toString());
    out.model = settings->value(QStringLiteral("model")).toString();
    settings->beginGroup(QStringLiteral("extra"));
    for (const QString& key : settings->childKeys())
        out.extra.insert(key, settings->value(key));
    return out;
}

void ProviderSettingsStore::save(const ProviderSettings& provider)
{
    const auto settings = open();
    settings->remove(groupOf(provider.id));
    settings->beginGroup(groupOf(provider.id));
    if (!provider.endpoint.isEmpty())
        settings->setValue(QStringLiteral("endpoint"), provider.endpoint.toString());
    if (!provider.model.isEmpty())
        settings->setValue(QStringLiteral("model"), provider.model);
    settings->beginGroup(QStringLiteral("extra"));
    for (auto it = provider.extra.cbegin(); it != provider.extra.cend(); ++it)
        if (!it.value().toString().isEmpty())
            settings->setValue(it.key(), it.value());
    settings->endGroup();
    settings->endGroup();
    settings->sync();
}

} // namespace tessera::mt
