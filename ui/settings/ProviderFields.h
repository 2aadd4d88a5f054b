// ProviderFields: what each MT provider's settings form asks for beyond endpoint and key (project,
// deployment, formality…), with labels and hints.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace tessera::ui::settings {

struct ProviderField {
    QString key; // ProviderSettings::extra key
    QString label;
    QString placeholder;
    QStringList choices; // a combo box when not empty (the first is the default)
};

class ProviderFields {
    Q_DECLARE_TR_FUNCTIONS(ProviderFields)

public:
    static QList<ProviderField> extra(const QString& providerId);
    static bool hasModel(const QString& providerId);
    static QString modelPlaceholder(const QString& providerId);
    static QString endpointPlaceholder(const QString& providerId);
    static QString keyLabel(const QString& providerId);
};

} // namespace tessera::ui::settings
