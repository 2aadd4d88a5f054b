// TbxWriter: writes termbase concepts as a TBX-Basic file: TBX 2019 (v3, DCA style) or TBX-Basic
// 2008 (v2, <martif>), which TbxReader reads back to the same concepts.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "domain/Term.h"

namespace tessera::formats {

class TbxWriter {
public:
    enum class Version { V2, V3 };

    // One conceptEntry (termEntry) per concept with its definition and note, then one langSec
    // (langSet) per language in the order the concept's terms first name it, one termSec (tig) per
    // term with partOfSpeech, administrativeStatus (Preferred → preferredTerm-admn-sts, Admitted →
    // admittedTerm-admn-sts, Forbidden → deprecatedTerm-admn-sts) and note. Empty fields are left
    // out; caseSensitive is not written (TBX-Basic has no data category for it).
    static QByteArray write(const QList<domain::Concept>& concepts, const QString& sourceLanguage,
                            Version version = Version::V3);

    static QString statusToTbx(domain::TermStatus status);
};

} // namespace tessera::formats
