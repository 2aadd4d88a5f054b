// ArgumentParser: one command's options and positional arguments, parsed strictly so that every
// mistake becomes a usage error naming the offending argument.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/Result.h"

namespace tessera::cli {

class ArgumentParser {
public:
    enum class Kind {
        Flag,  // --json
        Value, // --lang de, --lang=de
        List,  // --plural A B C: one or more values up to the next option; may be repeated
    };

    // `usage` is the synopsis after "tessera-cli", e.g. "segment list --project PROJECT --lang L".
    ArgumentParser(QString usage, QString description);

    ArgumentParser& addOption(const QString& name, Kind kind, const QString& valueName, const QString& help,
                              bool required = false);
    ArgumentParser& addPositional(const QString& name, const QString& help);
    // A last positional that takes one or more values (FILE…); read them with positionals().
    ArgumentParser& addRepeatedPositional(const QString& name, const QString& help);
    // Options listed under "Global options" in the help text (accepted after the command too).
    ArgumentParser& addGlobalOption(const QString& name, Kind kind, const QString& valueName, const QString& help);

    // Fails with InvalidInput and a message meant for "tessera-cli: error: …". --help/-h always
    // parses, and then nothing else is checked.
    domain::Result<void> parse(const QStringList& arguments);

    bool helpRequested() const { return m_help; }
    bool isSet(const QString& name) const { return m_values.contains(name); }
    QString value(const QString& name) const { return m_values.value(name).value(0); }
    QStringList values(const QString& name) const { return m_values.value(name); }
    QString positional(const QString& name) const;
    // The values of a repeated positional (or the one value of a plain one).
    QStringList positionals(const QString& name) const;

    QString helpText() const;

private:
    struct Option {
        QString name;
        Kind kind = Kind::Flag;
        QString valueName;
        QString help;
        bool required = false;
        bool global = false;
    };
    struct Positional {
        QString name;
        QString help;
    };

    const Option* findOption(const QString& name) const;
    bool isOptionName(const QString& argument) const;

    QString m_usage;
    QString m_description;
    QList<Option> m_options;
    QList<Positional> m_positionals;
    QHash<QString, QStringList> m_values;
    QStringList m_positionalValues;
    bool m_help = false;
    bool m_lastRepeats = false;
};

} // namespace tessera::cli
