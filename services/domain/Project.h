// Project: a body of work from one source language into several target languages.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include "SegmentState.h"

namespace tessera::domain {

struct Project {
    QString id;
    QString name;
    QString sourceLanguage; // BCP 47
    QStringList targetLanguages;
    QDate deadline; // null when none
    QString client;
    QStringList workflow{QStringLiteral("translate"), QStringLiteral("review")}; // steps in order
    // The state pretranslation gives 100% and 101% matches: Translated, or Draft where every
    // match must be looked at.
    SegmentState exactMatchState = SegmentState::Translated;
    // The folder with the project's source code; segment locations are relative to it. Empty: none.
    QString sourceDir;
    QDateTime createdAt;
    qint64 rev = 0;
};

} // namespace tessera::domain
