// Concept and Term: termbase entries, one concept with its terms in several languages.
#pragma once

#include <QList>
#include <QString>

namespace tessera::domain {

enum class TermStatus { Preferred, Admitted, Forbidden };

QString termStatusName(TermStatus status);
TermStatus termStatusFromString(const QString& text); // unknown text reads as Admitted

struct Term {
    QString id;
    QString language;
    QString text;
    TermStatus status = TermStatus::Preferred;
    bool caseSensitive = false;
    QString partOfSpeech;
    QString note;
};

struct Concept {
    QString id;
    QString definition;
    QString note;
    QList<Term> terms;
    qint64 rev = 0;
};

} // namespace tessera::domain
