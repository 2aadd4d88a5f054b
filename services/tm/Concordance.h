// Concordance: finds a word or phrase in the sources or targets of every TM of the workspace through
// their word indexes (ConcordanceIndex), with the ranges of each hit for highlighting.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include "ConcordanceIndex.h"
#include "domain/Result.h"
#include "domain/TmUnit.h"

namespace tessera::tm {

class TmLibrary;
class TranslationMemory;

class Concordance {
public:
    using Field = ConcordanceIndex::Field;
    // A span of a unit's text, in UTF-16 code units.
    struct Range {
        qint32 start = 0;
        qint32 length = 0;
        friend bool operator==(const Range&, const Range&) = default;
    };
    struct Hit {
        domain::TmUnit unit;
        qint64 rowId = 0;
        QList<Range> sourceRanges; // where the phrase is in unit.source (empty when searched in targets)
        QList<Range> targetRanges;
    };

    // Searches every TM of the library, or the TMs given; they must outlive this.
    explicit Concordance(const TmLibrary& library);
    explicit Concordance(QList<TranslationMemory*> memories);

    // Units of every TM whose source (or target, or either) holds the words of `text` one after
    // another (case-insensitive; punctuation and spacing between them do not matter), newest first,
    // at most `maxResults`. Text without a word is an InvalidInput error.
    domain::Result<QList<Hit>> search(const QString& text, Field field, int maxResults);

    // The words of `text` as the index splits them (runs of letters, numbers and marks,
    // ConcordanceIndex::isWordCharacter); their case-folded keys go to `keys` when given.
    static QList<Range> words(QStringView text, QStringList* keys = nullptr);
    // Where the word sequence `keys` (case-folded) occurs in `text`: from the first word's start to
    // the last word's end, left to right, not overlapping.
    static QList<Range> find(QStringView text, const QStringList& keys);

private:
    QList<TranslationMemory*> m_memories;
};

} // namespace tessera::tm
