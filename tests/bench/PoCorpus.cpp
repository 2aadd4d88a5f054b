#include "PoCorpus.h"

#include <array>
#include <random>

#include <QString>
#include <QStringList>

#include "formats/PoEscape.h"
#include "formats/PoWrapper.h"

namespace tessera::bench {

namespace {

using formats::PoEscape;
using formats::PoWrapper;

constexpr std::array s_poNouns{"file",   "folder", "window", "project", "server",  "account", "message", "setting",
                               "backup", "device", "update", "network", "printer", "session", "profile", "document"};
constexpr std::array s_poNounsDe{"Datei",     "Ordner",      "Fenster",   "Projekt", "Server",         "Konto",
                                 "Nachricht", "Einstellung", "Sicherung", "Gerät",   "Aktualisierung", "Netzwerk",
                                 "Drucker",   "Sitzung",     "Profil",    "Dokument"};
constexpr std::array s_verbsEn{"Open", "Save", "Delete", "Rename", "Move", "Copy", "Export", "Import"};
constexpr std::array s_verbsDe{"öffnen",      "speichern", "löschen",     "umbenennen",
                               "verschieben", "kopieren",  "exportieren", "importieren"};
constexpr std::array s_poModules{"core", "ui", "net", "storage", "print", "sync"};

void appendWrapped(QByteArray& out, const char* keyword, const QString& value)
{
    for (const QString& line : PoWrapper::wrap(QLatin1StringView(keyword), PoEscape::encode(value), false)) {
        out += line.toUtf8();
        out += '\n';
    }
}

QString longEnglish(std::mt19937_64& rng, qint64 i, const char* noun)
{
    QString text =
        QStringLiteral("The %1 (item %2) could not be processed because ").arg(QLatin1StringView(noun)).arg(i);
    const int clauses = 2 + int(rng() % 4);
    for (int c = 0; c < clauses; ++c)
        text += QStringLiteral("the %1 reported an error while the %2 was still busy, ")
                    .arg(QLatin1StringView(s_poNouns[rng() % s_poNouns.size()]),
                         QLatin1StringView(s_poNouns[rng() % s_poNouns.size()]));
    text += QStringLiteral("so please try again later.");
    return text;
}

QString longGerman(std::mt19937_64& rng, qint64 i, const char* noun)
{
    QString text =
        QStringLiteral("%1 (Eintrag %2) konnte nicht verarbeitet werden, weil ").arg(QString::fromUtf8(noun)).arg(i);
    const int clauses = 2 + int(rng() % 4);
    for (int c = 0; c < clauses; ++c)
        text += QStringLiteral("%1 einen Fehler gemeldet hat, während %2 noch beschäftigt war, ")
                    .arg(QString::fromUtf8(s_poNounsDe[rng() % s_poNounsDe.size()]),
                         QString::fromUtf8(s_poNounsDe[rng() % s_poNounsDe.size()]));
    text += QStringLiteral("also versuchen Sie es später noch einmal.");
    return text;
}

} // namespace

QByteArray PoCorpus::generate(qint64 entries) const
{
    std::mt19937_64 rng(m_seed);
    QByteArray out;
    out.reserve(entries * 260 + 1024);
    out += "# German translation of Bench.\n"
           "# Copyright (C) 2026 The Bench authors.\n"
           "#\n";
    out += "msgid \"\"\n";
    appendWrapped(out, "msgstr",
                  QStringLiteral("Project-Id-Version: bench 1.0\n"
                                 "Report-Msgid-Bugs-To: bugs@example.org\n"
                                 "POT-Creation-Date: 2026-11-01 10:00+0100\n"
                                 "PO-Revision-Date: 2026-11-20 12:00+0100\n"
                                 "Last-Translator: Jörg Übersetzer <joerg@example.org>\n"
                                 "Language-Team: German <de@example.org>\n"
                                 "Language: de\n"
                                 "MIME-Version: 1.0\n"
                                 "Content-Type: text/plain; charset=UTF-8\n"
                                 "Content-Transfer-Encoding: 8bit\n"
                                 "Plural-Forms: nplurals=2; plural=(n != 1);\n"));
    for (qint64 i = 1; i <= entries; ++i) {
        const std::size_t noun = rng() % s_poNouns.size();
        const std::size_t verb = rng() % s_verbsEn.size();
        const bool plural = i % 10 == 3;
        const bool longText = !plural && i % 7 == 2;
        const bool translated = rng() % 10 < 7;
        const bool cFormat = i % 6 == 1;
        out += '\n';
        if (i % 3 == 0)
            out += "#. TRANSLATORS: shown in the " + QByteArray(s_poNouns[rng() % s_poNouns.size()]) + " dialog\n";
        out += "#: src/" + QByteArray(s_poModules[i % s_poModules.size()]) + "/" + s_poNouns[noun] +
               "view.cpp:" + QByteArray::number(10 + rng() % 2000);
        if (i % 4 == 0)
            out += " src/" + QByteArray(s_poModules[(i + 1) % s_poModules.size()]) +
                   "/main.cpp:" + QByteArray::number(10 + rng() % 900);
        out += '\n';
        const bool fuzzy = translated && rng() % 20 == 0;
        if (fuzzy && cFormat)
            out += "#, fuzzy, c-format\n";
        else if (fuzzy)
            out += "#, fuzzy\n";
        else if (cFormat)
            out += "#, c-format\n";
        if (i % 8 == 0)
            appendWrapped(out, "msgctxt", QStringLiteral("%1|menu").arg(QLatin1StringView(s_poNouns[noun])));

        const QString en = QLatin1StringView(s_poNouns[noun]);
        const QString de = QString::fromUtf8(s_poNounsDe[noun]);
        const QString verbEn = QLatin1StringView(s_verbsEn[verb]);
        const QString verbDe = QString::fromUtf8(s_verbsDe[verb]);
        if (plural) {
            appendWrapped(out, "msgid", QStringLiteral("%d %1 selected in list %2").arg(en).arg(i));
            appendWrapped(out, "msgid_plural", QStringLiteral("%d %1s selected in list %2").arg(en).arg(i));
            appendWrapped(out, "msgstr[0]",
                          translated ? QStringLiteral("%d %1 in Liste %2 ausgewählt").arg(de).arg(i) : QString());
            appendWrapped(out, "msgstr[1]",
                          translated ? QStringLiteral("%d %1en in Liste %2 ausgewählt").arg(de).arg(i) : QString());
            continue;
        }
        const QString source = longText ? longEnglish(rng, i, s_poNouns[noun])
                                        : QStringLiteral("%1 the %2 \"%3\"…").arg(verbEn, en).arg(i);
        appendWrapped(out, "msgid", cFormat ? source + QStringLiteral(" (%s)") : source);
        QString target;
        if (translated) {
            target = longText ? longGerman(rng, i, s_poNounsDe[noun])
                              : QStringLiteral("%1 „%2“ %3").arg(de).arg(i).arg(verbDe);
            if (cFormat)
                target += QStringLiteral(" (%s)");
        }
        appendWrapped(out, "msgstr", target);
    }
    return out;
}

} // namespace tessera::bench
