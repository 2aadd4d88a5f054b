// Concordance: finds a word or phrase in the sources or targets of every TM of the workspace through
// the full-text index (tm_text), with the ranges of each hit for highlighting.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include "domain/Result.h"
#include "domain/TmUnit.h"

namespace tessera::store {
class TmRepository;
}

namespace tessera::tm {

class Concordance {
public:
    enum class Field { Source, Target, Both };
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

    explicit Concordance(store::TmRepository& repository);

    // Units of every TM whose source (or target, or either) holds the words of `text` one after
    // another (case-insensitive; punctuation and spacing between them do not matter), newest first,
    // at most `maxResults`. Text without a word is an InvalidInput error.
    domain::Result<QList<Hit>> search(const QString& text, Field field, int maxResults);

    // The words of `text` as the full-text index splits them (SQLite's unicode61 tokenizer: runs of
    // letters, numbers and marks); their case-folded keys go to `keys` when given.
    static QList<Range> words(QStringView text, QStringList* keys = nullptr);
    // Where the word sequence `keys` (case-folded) occurs in `text`: from the first word's start to
    // the last word's end, left to right, not overlapping.
    static QList<Range> find(QStringView text, const QStringList& keys);

private:
    store::TmRepository& m_repository;
};

} // namespace tessera::tm
