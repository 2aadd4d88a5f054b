// TermHit: a termbase term found in a source text, with the concept's terms in the target language.
#pragma once

#include <QList>
#include <QString>

#include "domain/Term.h"

namespace tessera::terms {

struct TermHit {
    qsizetype start = 0;  // UTF-16 offset of the first matched word in the source text
    qsizetype length = 0; // UTF-16 code units up to the end of the last matched word
    QString conceptId;
    QString definition;
    domain::Term source;         // the term that matched; its status may be Forbidden
    QList<domain::Term> targets; // the concept's target-language terms: exact region first, then
                                 // preferred, admitted, forbidden
};

} // namespace tessera::terms
