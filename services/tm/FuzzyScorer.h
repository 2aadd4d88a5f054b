// FuzzyScorer: the word-based edit-distance percentage of a TM match, its penalties, and its diff.
#pragma once

#include <span>

#include <QtGlobal>

#include "TmToken.h"
#include "TokenDiff.h"

namespace tessera::tm {

// The formula (docs/TM-MATCHING.md explains each choice):
//   weighted tokens: words (case-folded), numbers (as one class), placeables (as their class);
//   m, n = weighted tokens in the query and in the match's source; d = their Levenshtein distance
//   (insert, delete, substitute one token = 1);
//   base = floor(100 · (max(m, n) − d) / max(m, n))            (100 when both have none)
//   score = max(0, base − penalties), where the penalties, read off the alignment of all tokens,
//   are 1 point for each placeable or number whose text differs, 1 for each word whose case (or
//   Unicode spelling) differs (at most 3), 1 for each punctuation token inserted, deleted or
//   replaced (at most 3), and 1 when white space differs anywhere;
//   a text that is not identical never scores 100 (it gets 99 at most); identical texts score 100.
// When neither text has a weighted token (only punctuation), base is computed the same way on the
// punctuation tokens and no punctuation penalty is added. 101 (context match) is the caller's.
// Texts too long to align token by token (over 4M token pairs) get no penalties and a diff of one op.
class FuzzyScorer {
public:
    static constexpr int maxCasePenalty = 3;
    static constexpr int maxPunctuationPenalty = 3;

    struct Details {
        int score = 0;     // 0–100, what the translator sees
        int baseScore = 0; // from the word edit distance alone
        int wordEdits = 0; // d
        int placeablePenalty = 0;
        int casePenalty = 0;
        int punctuationPenalty = 0;
        int whitespacePenalty = 0;
        TokenDiff diff; // the match's source against the query
    };

    // `wordEdits`: d when the caller knows it already (the index does), else -1 to compute it.
    static Details score(const TokenizedText& query, const TokenizedText& match, int wordEdits = -1);

    // floor(100 · (L − d) / L) with L = max(m, n); 100 when L is 0.
    static int baseScore(qsizetype distance, qsizetype m, qsizetype n);
    // The most edits a pair of lengths m, n may need to reach `threshold`: floor(L · (100 − t) / 100).
    static qsizetype maxEdits(int threshold, qsizetype m, qsizetype n);
    // Plain dynamic-programming Levenshtein distance (the reference the index is checked against).
    static qsizetype levenshtein(std::span<const quint32> a, std::span<const quint32> b);
};

} // namespace tessera::tm
