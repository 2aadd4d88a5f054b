// ProviderForm: one MT provider's settings form: endpoint, model, its extra fields, the API key (kept in the
// KeyStore), Save and Test connection with the outcome shown.
#include "ProviderForm.h"

#include <utility>

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include "mt/ConnectionTest.h"
#include "mt/KeyStore.h"
#include "mt/ProviderProtocol.h"
#include "mt/ProviderSettingsStore.h"
#include "ui/settings/ProviderFields.h"
#include "ui/settings/ResilienceFields.h"

namespace tessera::ui::settings {

ProviderForm::ProviderForm(const mt::ProviderProtocol& protocol, mt::KeyStore& keys, mt::ProviderSettingsStore& store,
                           mt::HttpTransport& transport, QWidget* parent)
    : QWidget(parent)
    , m_protocol(protocol)
    , m_keys(keys)
    , m_store(store)
    , m_probe(new mt::ConnectionTest(transport, this))
{
    const QString id = protocol.id();
    setObjectName(QStringLiteral("providerForm-") + id);
    auto* form = new QFormLayout(this);

    auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(protocol.displayName().toHtmlEscaped()), this);
    form->addRow(title);

    m_endpoint = new QLineEdit(this);
    m_endpoint->setObjectName(QStringLiteral("endpoint"));
    m_endpoint->setPlaceholderText(ProviderFields::endpointPlaceholder(id));
    form->addRow(tr("&Endpoint:"), m_endpoint);

    if (ProviderFields::hasModel(id)) {
        m_model = new QLineEdit(this);
        m_model->setObjectName(QStringLiteral("model"));
        m_model->setPlaceholderText(ProviderFields::modelPlaceholder(id));
        form->addRow(tr("&Model:"), m_model);
    }
    for (const ProviderField& field : ProviderFields::extra(id)) {
        if (!field.choices.isEmpty()) {
            auto* combo = new QComboBox(this);
            combo->setObjectName(QStringLiteral("extra.") + field.key);
            combo->addItems(field.choices);
            m_extraChoices.insert(field.key, combo);
            form->addRow(field.label + QLatin1Char(':'), combo);
        } else {
            auto* edit = new QLineEdit(this);
            edit->setObjectName(QStringLiteral("extra.") + field.key);
            edit->setPlaceholderText(field.placeholder);
            m_extraEdits.insert(field.key, edit);
            form->addRow(field.label + QLatin1Char(':'), edit);
        }
    }

    m_apiKey = new QLineEdit(this);
    m_apiKey->setObjectName(QStringLiteral("apiKey"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(protocol.needsApiKey() ? tr("required") : tr("optional"));
    form->addRow(ProviderFields::keyLabel(id) + QLatin1Char(':'), m_apiKey);

    m_resilience = new ResilienceFields(this);
    form->addRow(m_resilience);

    auto* buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("save"));
    m_test = new QPushButton(tr("&Test Connection"), this);
    m_test->setObjectName(QStringLiteral("testConnection"));
    buttons->addWidget(m_save);
    buttons->addWidget(m_test);
    buttons->addStretch();
    form->addRow(buttons);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_status);

    connect(m_save, &QPushButton::clicked, this, &ProviderForm::save);
    connect(m_test, &QPushButton::clicked, this, &ProviderForm::testConnection);
    connect(m_probe, &mt::ConnectionTest::finished, this, &ProviderForm::showProbeResult);
    load();
}

void ProviderForm::load()
{
    const mt::ProviderSettings saved = m_store.load(m_protocol.id());
    m_endpoint->setText(saved.endpoint.toString());
    if (m_model)
        m_model->setText(saved.model);
    for (auto it = m_extraEdits.cbegin(); it != m_extraEdits.cend(); ++it)
        it.value()->setText(saved.extra.value(it.key()).toString());
    for (auto it = m_extraChoices.cbegin(); it != m_extraChoices.cend(); ++it) {
        const int index = it.value()->findText(saved.extra.value(it.key()).toString());
        it.value()->setCurrentIndex(qMax(0, index));
    }
    m_resilience->setSettings(m_store.loadResilience(m_protocol.id()));
    // Only whether a key is stored is shown, never the key itself.
    m_keys.readKey(m_protocol.id(), this, [this](domain::Result<QString> key) {
        if (key && !key->isEmpty())
            m_apiKey->setPlaceholderText(tr("stored in the system keychain; type to replace"));
    });
}

mt::ProviderSettings ProviderForm::currentSettings() const
{
    mt::ProviderSettings settings;
    settings.id = m_protocol.id();
    settings.endpoint = QUrl(m_endpoint->text().trimmed());
    if (m_model)
        settings.model = m_model->text().trimmed();
    for (auto it = m_extraEdits.cbegin(); it != m_extraEdits.cend(); ++it)
        if (!it.value()->text().trimmed().isEmpty())
            settings.extra.insert(it.key(), it.value()->text().trimmed());
    for (auto it = m_extraChoices.cbegin(); it != m_extraChoices.cend(); ++it)
        if (it.value()->currentIndex() > 0)
            settings.extra.insert(it.key(), it.value()->currentText());
    settings.apiKey = m_apiKey->text().trimmed();
    return settings;
}

QString ProviderForm::statusText() const
{
    return m_status->text();
}

void ProviderForm::setStatus(bool ok, const QString& text)
{
    m_status->setText(text);
    m_status->setStyleSheet(ok ? QString() : QStringLiteral("color: palette(highlight);"));
    m_status->setProperty("ok", ok);
}

void ProviderForm::save()
{
    mt::ProviderSettings settings = currentSettings();
    const QString key = std::exchange(settings.apiKey, {});
    m_store.save(settings);
    m_store.saveResilience(settings.id, m_resilience->settings(m_store.loadResilience(settings.id)));
    if (key.isEmpty()) {
        setStatus(true, tr("Saved."));
        Q_EMIT saved(true);
        return;
    }
    m_keys.writeKey(m_protocol.id(), key, this, [this](domain::Result<void> result) {
        if (!result) {
            setStatus(false, tr("Settings saved, but the API key could not be stored: %1").arg(result.error().message));
            Q_EMIT saved(false);
            return;
        }
        m_apiKey->clear();
        m_apiKey->setPlaceholderText(tr("stored in the system keychain; type to replace"));
        setStatus(true, tr("Saved; the API key is in the system keychain."));
        Q_EMIT saved(true);
    });
}

void ProviderForm::testConnection()
{
    m_test->setEnabled(false);
    setStatus(true, tr("Testing…"));
    mt::ProviderSettings settings = currentSettings();
    if (!settings.apiKey.isEmpty()) {
        runProbe(std::move(settings));
        return;
    }
    m_keys.readKey(m_protocol.id(), this, [this, settings](domain::Result<QString> key) mutable {
        if (!key) {
            m_test->setEnabled(true);
            setStatus(false, tr("The API key could not be read: %1").arg(key.error().message));
            Q_EMIT testFinished(false);
            return;
        }
        settings.apiKey = *key;
        runProbe(std::move(settings));
    });
}

void ProviderForm::runProbe(mt::ProviderSettings settings)
{
    m_probe->start(m_protocol, settings, m_resilience->settings()); // the timeouts as the form shows them
}

void ProviderForm::showProbeResult(bool ok, const QString& message)
{
    m_test->setEnabled(true);
    setStatus(ok, message);
    Q_EMIT testFinished(ok);
}

} // namespace tessera::ui::settings
