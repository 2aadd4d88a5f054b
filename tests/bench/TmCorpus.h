// TmCorpus: real English→German sentence pairs (Debian's package descriptions, tests/data/tm) and the
// TM units, lookup queries and concordance queries the TM benchmarks make from them, recombined
// deterministically so every run and every benchmark sees the same text.
#pragma once

#include <utility>

#include <QList>
#include <QString>
#include <QStringList>

namespace tessera::bench {

class TmCorpus {
public:
    // Reads the tab-separated pairs; empty when the file cannot be read.
    static TmCorpus load(const QString& path);

    bool isEmpty() const { return m_sources.isEmpty(); }
    qsizetype size() const { return m_sources.size(); }

    // Unit i: a real pair (i < size()), else a real source (half of them joined to the end of
    // another) with 1–3 words replaced by corpus words, and the target of its first sentence with
    // i appended so pairs stay distinct.
    std::pair<QString, QString> unit(qint64 i) const;
    // Query q against a TM of `units` units: a real sentence unchanged (1 in 3), a real sentence
    // edited (1 in 3: 1–2 words dropped, replaced or added), or a unit of the TM edited the same way.
    QString query(qint64 units, int q) const;
    // Concordance query q: one corpus word (even q) or two adjacent words of a real sentence (odd q).
    QString concordanceQuery(int q) const;

private:
    QList<QStringList> m_sources; // words
    QList<QStringList> m_targets;
    QStringList m_words; // every word of the sources, repeats kept (common words are drawn more)
};

} // namespace tessera::bench
