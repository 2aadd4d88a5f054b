// ProviderForm: one MT provider's settings form: endpoint, model, its extra fields, the API key (kept in the
// KeyStore), Save and Test connection with the outcome shown.
#pragma once

#include <QHash>
#include <QWidget>

#include "mt/MtTypes.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tessera::mt {
class ConnectionTest;
class HttpTransport;
class KeyStore;
class ProviderProtocol;
class ProviderSettingsStore;
} // namespace tessera::mt

namespace tessera::ui::settings {

class ResilienceFields;

class ProviderForm final : public QWidget {
    Q_OBJECT

public:
    ProviderForm(const mt::ProviderProtocol& protocol, mt::KeyStore& keys, mt::ProviderSettingsStore& store,
                 mt::HttpTransport& transport, QWidget* parent = nullptr);

    const mt::ProviderProtocol& protocol() const { return m_protocol; }
    // The form's values; apiKey is what was typed (empty when the stored key stays).
    mt::ProviderSettings currentSettings() const;
    QString statusText() const;

    void save();
    void testConnection();

Q_SIGNALS:
    void saved(bool ok);
    void testFinished(bool ok);

private:
    void load();
    void runProbe(mt::ProviderSettings settings);
    void showProbeResult(bool ok, const QString& message);
    void setStatus(bool ok, const QString& text);

    const mt::ProviderProtocol& m_protocol;
    mt::KeyStore& m_keys;
    mt::ProviderSettingsStore& m_store;
    mt::ConnectionTest* m_probe = nullptr;
    QLineEdit* m_endpoint = nullptr;
    QLineEdit* m_model = nullptr;
    QLineEdit* m_apiKey = nullptr;
    QHash<QString, QLineEdit*> m_extraEdits;
    QHash<QString, QComboBox*> m_extraChoices;
    QPushButton* m_save = nullptr;
    QPushButton* m_test = nullptr;
    QLabel* m_status = nullptr;
    ResilienceFields* m_resilience = nullptr;
};

} // namespace tessera::ui::settings
