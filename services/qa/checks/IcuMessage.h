// IcuMessage: the plural, selectordinal and select arguments of an ICU MessageFormat pattern with
// their branch keywords, read by ICU's own MessagePattern parser (nested arguments included).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tessera::qa::checks {

struct IcuArgument {
    QString name;
    QString type;          // "plural", "selectordinal", "select"
    QStringList selectors; // "one", "other", "=0", … in order
    qsizetype start = 0;   // of the argument's "{" in the text
};

struct IcuMessage {
    bool valid = true;
    QString error;        // when not valid: what ICU reports
    qsizetype offset = 0; // … and where
    QList<IcuArgument> arguments;

    static IcuMessage parse(const QString& text);
};

} // namespace tessera::qa::checks
