// TbxReader: reads a TermBase eXchange file into termbase concepts: TBX-Basic 2008 (<martif>,
// termEntry/langSet/tig|ntig) and TBX 2019 (<tbx>, conceptEntry/langSec/termSec) in DCA style
// (<descrip type="definition">, <termNote type="…">) or DCT style (<basic:definition>, …).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "domain/Result.h"
#include "domain/Term.h"

namespace tessera::formats {

struct TbxFile {
    int version = 3;  // 2: <martif> (ISO 30042:2008), 3: <tbx> (ISO 30042:2019)
    QString dialect;  // the root's type: "TBX-Basic", "TBX-Core", "TBX" (translate-toolkit), …
    QString style;    // v3 only: "dca" or "dct"
    QString language; // the root's xml:lang
    QList<domain::Concept> concepts;
};

class TbxReader {
public:
    // What goes where (DCA and DCT spellings alike):
    //   concept id ← termEntry/conceptEntry id; definition ← the first definition of the entry (or of
    //   a langSet/langSec when the entry has none); note ← the entry's <note>s, one per line;
    //   term id ← <term id> (or its tig/ntig/termSec id); language ← langSet/langSec xml:lang as
    //   LanguageTag spells it; partOfSpeech ← partOfSpeech; note ← the term's <note>s;
    //   status ← administrativeStatus (or normativeAuthorization): preferredTerm-admn-sts → Preferred,
    //   admittedTerm-admn-sts → Admitted, deprecatedTerm-admn-sts and supersededTerm-admn-sts →
    //   Forbidden; a term without one is Preferred (as csv2tbx glossaries mean it), an unknown value
    //   Admitted. TBX-Basic has no case-sensitivity data category: caseSensitive reads false.
    // The file is UTF-8 or UTF-16 with a BOM; DTDs declaring entities, malformed XML and other roots
    // are InvalidInput errors naming file, line and column.
    static domain::Result<TbxFile> read(const QByteArray& data, const QString& fileName);

    static domain::TermStatus statusFromTbx(const QString& value);
};

} // namespace tessera::formats
