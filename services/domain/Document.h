// Document: one imported file for one target language; the original bytes are kept for export.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace tessera::domain {

struct Document {
    QString id;
    QString projectId;
    QString name; // path inside the project, e.g. "ui/app_strings.po"
    QString format;
    QString targetLanguage;
    QByteArray original;    // the file as imported; for a monolingual format, the source-language file
    QByteArray translation; // monolingual formats: this language's own file as imported; empty if none
    // Monolingual formats: the path of that file when its name spells the language otherwise than
    // the project does (i18n/pt_BR.json for pt-BR); empty: where the format puts it.
    QString translationName;
    int segmentCount = 0; // obsolete segments not counted
    QDateTime createdAt;
    qint64 rev = 0;
};

} // namespace tessera::domain
