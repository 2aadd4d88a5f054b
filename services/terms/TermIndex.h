// TermIndex: the source terms of one language pair in memory, keyed by the stems of their first word
// (one-word terms) or first two words (longer terms), each with its concept's target terms: what
// TermRecognizer looks candidates up in.
#pragma once

#include <memory>
#include <vector>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/Term.h"

namespace tessera::terms {

class TermTokenizer;

// Immutable once built: any number of threads may read it.
class TermIndex {
public:
    struct Entry {
        int conceptIndex = 0; // index into conceptAt()
        domain::Term source;  // as stored
        QStringList stems;    // one per word
        QStringList exact;    // the words as written (NFC), for case-sensitive terms
        QStringList folded;   // the words case-folded, to prefer the term written as in the text
        quint64 acronyms = 0; // bit k: word k is an acronym ("IT", "API"): its capitals count even in a
                              // case-insensitive term, so "IT" does not match "it"
        QStringList gaps;     // what separates word i from word i+1, trimmed ("" for white space, "-"…)
    };
    struct ConceptTargets {
        QString id;
        QString definition;
        QList<domain::Term> targets;
    };
    using ConceptTerm = std::pair<QString, domain::Term>; // concept id, term

    // sourceTerms/targetTerms: the terms of the source and target language (any region) with their
    // concept ids; definitions: by concept id. Source terms without a word (only punctuation) are
    // left out.
    static std::shared_ptr<const TermIndex> build(const QString& sourceLanguage, const QString& targetLanguage,
                                                  const QList<ConceptTerm>& sourceTerms,
                                                  const QList<ConceptTerm>& targetTerms,
                                                  const QHash<QString, QString>& definitions,
                                                  TermTokenizer& sourceTokenizer);

    QString sourceLanguage() const { return m_sourceLanguage; }
    QString targetLanguage() const { return m_targetLanguage; }
    // One-word entries with this stem; entries of two or more words whose first two stems these are.
    // Keying longer terms by two stems keeps a common first word ("the", "file") from making every
    // term that starts with it a candidate.
    const std::vector<int>& singleWord(const QString& stem) const;
    const std::vector<int>& multiWord(const QString& firstStem, const QString& secondStem) const;
    const Entry& entry(int index) const { return m_entries[std::size_t(index)]; }
    const ConceptTargets& conceptAt(int index) const { return m_concepts[std::size_t(index)]; }
    qsizetype entryCount() const { return qsizetype(m_entries.size()); }
    qsizetype conceptCount() const { return qsizetype(m_concepts.size()); }

private:
    QString m_sourceLanguage;
    QString m_targetLanguage;
    std::vector<Entry> m_entries;
    std::vector<ConceptTargets> m_concepts;
    static QString pairKey(const QString& firstStem, const QString& secondStem);

    QHash<QString, std::vector<int>> m_singleWord;
    QHash<QString, std::vector<int>> m_multiWord;
};

} // namespace tessera::terms
