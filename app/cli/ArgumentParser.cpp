#include "ArgumentParser.h"

#include <algorithm>

namespace tessera::cli {

using domain::ErrorCode;
using domain::fail;
using domain::Result;

ArgumentParser::ArgumentParser(QString usage, QString description)
    : m_usage(std::move(usage))
    , m_description(std::move(description))
{}

ArgumentParser& ArgumentParser::addOption(const QString& name, Kind kind, const QString& valueName, const QString& help,
                                          bool required)
{
    m_options.append({name, kind, valueName, help, required, false});
    return *this;
}

ArgumentParser& ArgumentParser::addPositional(const QString& name, const QString& help)
{
    m_positionals.append({name, help});
    return *this;
}

ArgumentParser& ArgumentParser::addRepeatedPositional(const QString& name, const QString& help)
{
    m_positionals.append({name + QStringLiteral("…"), help});
    m_lastRepeats = true;
    return *this;
}

ArgumentParser& ArgumentParser::addGlobalOption(const QString& name, Kind kind, const QString& valueName,
                                                const QString& help)
{
    m_options.append({name, kind, valueName, help, false, true});
    return *this;
}

const ArgumentParser::Option* ArgumentParser::findOption(const QString& name) const
{
    auto it = std::find_if(m_options.begin(), m_options.end(), [&](const Option& o) { return o.name == name; });
    return it == m_options.end() ? nullptr : &*it;
}

bool ArgumentParser::isOptionName(const QString& argument) const
{
    return findOption(argument.section(QLatin1Char('='), 0, 0)) != nullptr;
}

QString ArgumentParser::positional(const QString& name) const
{
    for (qsizetype i = 0; i < m_positionals.size(); ++i) {
        if (m_positionals.at(i).name == name)
            return m_positionalValues.value(i);
    }
    return {};
}

QStringList ArgumentParser::positionals(const QString& name) const
{
    for (qsizetype i = 0; i < m_positionals.size(); ++i) {
        const bool last = i + 1 == m_positionals.size();
        if (last && m_lastRepeats && m_positionals.at(i).name == name + QStringLiteral("…"))
            return m_positionalValues.mid(i);
        if (m_positionals.at(i).name == name)
            return QStringList{m_positionalValues.value(i)};
    }
    return {};
}

Result<void> ArgumentParser::parse(const QStringList& arguments)
{
    m_values.clear();
    m_positionalValues.clear();
    m_help = arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"));
    if (m_help)
        return {};

    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (optionsEnded || !arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-")) {
            if (m_positionalValues.size() >= m_positionals.size() && !m_lastRepeats)
                return fail(ErrorCode::InvalidInput, QStringLiteral("unexpected argument \"%1\"").arg(arg));
            m_positionalValues.append(arg);
            continue;
        }
        if (arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        const qsizetype equals = arg.indexOf(QLatin1Char('='));
        const QString name = equals < 0 ? arg : arg.left(equals);
        const Option* option = findOption(name);
        if (!option)
            return fail(ErrorCode::InvalidInput, QStringLiteral("unknown option %1").arg(name));
        QStringList& values = m_values[option->name];

        if (option->kind == Kind::Flag) {
            if (equals >= 0)
                return fail(ErrorCode::InvalidInput, QStringLiteral("option %1 takes no value").arg(name));
            continue;
        }
        if (equals >= 0) {
            values.append(arg.mid(equals + 1));
        } else if (i + 1 < arguments.size() && !isOptionName(arguments.at(i + 1))) {
            values.append(arguments.at(++i));
        } else {
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("option %1 needs a value (%2)").arg(name, option->valueName));
        }
        if (option->kind == Kind::List) {
            // Values run up to the next option, so "--plural A B C" gives three forms.
            while (i + 1 < arguments.size() && !arguments.at(i + 1).startsWith(QLatin1String("--")))
                values.append(arguments.at(++i));
        } else if (values.size() > 1) {
            return fail(ErrorCode::InvalidInput, QStringLiteral("option %1 is given more than once").arg(name));
        }
    }

    for (const Option& option : m_options) {
        if (option.required && !m_values.contains(option.name))
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("missing option %1 %2").arg(option.name, option.valueName));
    }
    if (m_positionalValues.size() < m_positionals.size())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("missing argument %1").arg(m_positionals.at(m_positionalValues.size()).name));
    return {};
}

QString ArgumentParser::helpText() const
{
    struct Line {
        QString term;
        QString help;
    };
    QList<Line> arguments;
    QList<Line> options;
    QList<Line> globals;
    for (const Positional& p : m_positionals)
        arguments.append({p.name, p.help});
    for (const Option& o : m_options) {
        QString term = o.name;
        if (o.kind != Kind::Flag)
            term += QLatin1Char(' ') + o.valueName + (o.kind == Kind::List ? QStringLiteral("…") : QString());
        (o.global ? globals : options).append({term, o.help});
    }
    globals.append({QStringLiteral("--help"), QStringLiteral("show this help")});

    qsizetype width = 0;
    for (const auto* list : {&arguments, &options, &globals}) {
        for (const Line& line : *list)
            width = std::max(width, line.term.size());
    }
    QString text =
        QStringLiteral("Usage: tessera-cli [--workspace PATH] [--json] %1\n\n%2\n").arg(m_usage, m_description);
    auto section = [&](const QString& title, const QList<Line>& lines) {
        if (lines.isEmpty())
            return;
        text += QLatin1Char('\n') + title + QStringLiteral(":\n");
        for (const Line& line : lines)
            text += QStringLiteral("  ") + line.term.leftJustified(width + 2) + line.help + QLatin1Char('\n');
    };
    section(QStringLiteral("Arguments"), arguments);
    section(QStringLiteral("Options"), options);
    section(QStringLiteral("Global options"), globals);
    return text;
}

} // namespace tessera::cli
