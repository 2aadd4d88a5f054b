#include "FuzzyScorer.h"

#include <algorithm>
#include <vector>

namespace tessera::tm {

namespace {

// Alignment costs, scaled so that the weighted tokens decide the alignment and punctuation and
// spelling only break ties: a word edit costs 100, a punctuation edit 10, a spelling change 1.
constexpr int s_wordEdit = 100;
constexpr int s_punctuationEdit = 10;
constexpr int s_spelling = 1;
constexpr int s_never = 1'000'000;
// Beyond this many cells (about 2,000 × 2,000 tokens) the alignment is skipped.
constexpr qint64 s_maxAlignmentCells = 4'000'000;

int substitution(const TokenizedText& q, qsizetype i, const TokenizedText& m, qsizetype j)
{
    const TmToken& a = q.tokens[i];
    const TmToken& b = m.tokens[j];
    if (a.isWeighted() != b.isWeighted())
        return s_never;
    if (a.key != b.key)
        return a.isWeighted() ? s_wordEdit : s_punctuationEdit;
    return q.surface(i) == m.surface(j) ? 0 : s_spelling;
}

int indel(const TmToken& t)
{
    return t.isWeighted() ? s_wordEdit : s_punctuationEdit;
}

// Levenshtein distance over the keys of the tokens that pass `use`.
template <typename Use> qsizetype keyDistance(const TokenizedText& a, const TokenizedText& b, Use use)
{
    std::vector<const QString*> x, y;
    for (const TmToken& t : a.tokens)
        if (use(t))
            x.push_back(&t.key);
    for (const TmToken& t : b.tokens)
        if (use(t))
            y.push_back(&t.key);
    std::vector<qsizetype> row(y.size() + 1);
    for (std::size_t j = 0; j <= y.size(); ++j)
        row[j] = qsizetype(j);
    for (std::size_t i = 1; i <= x.size(); ++i) {
        qsizetype diagonal = row[0];
        row[0] = qsizetype(i);
        for (std::size_t j = 1; j <= y.size(); ++j) {
            const qsizetype up = row[j];
            row[j] = std::min({up + 1, row[j - 1] + 1, diagonal + (*x[i - 1] == *y[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[y.size()];
}

// Aligns all tokens of both texts (weighted and punctuation) and returns the ops in text order.
TokenDiff align(const TokenizedText& q, const TokenizedText& m)
{
    const qsizetype rows = q.tokens.size() + 1;
    const qsizetype cols = m.tokens.size() + 1;
    std::vector<int> cost(std::size_t(rows * cols));
    auto at = [&](qsizetype i, qsizetype j) -> int& { return cost[std::size_t(i * cols + j)]; };
    for (qsizetype i = 1; i < rows; ++i)
        at(i, 0) = at(i - 1, 0) + indel(q.tokens[i - 1]);
    for (qsizetype j = 1; j < cols; ++j)
        at(0, j) = at(0, j - 1) + indel(m.tokens[j - 1]);
    for (qsizetype i = 1; i < rows; ++i)
        for (qsizetype j = 1; j < cols; ++j)
            at(i, j) = std::min({at(i - 1, j - 1) + substitution(q, i - 1, m, j - 1),
                                 at(i - 1, j) + indel(q.tokens[i - 1]), at(i, j - 1) + indel(m.tokens[j - 1])});

    TokenDiff ops;
    qsizetype i = rows - 1;
    qsizetype j = cols - 1;
    auto queryEnd = [&](qsizetype k) { return k > 0 ? q.tokens[k - 1].end() : 0; };
    auto matchEnd = [&](qsizetype k) { return k > 0 ? m.tokens[k - 1].end() : 0; };
    while (i > 0 || j > 0) {
        DiffOp op;
        if (i > 0 && j > 0) {
            const int sub = substitution(q, i - 1, m, j - 1);
            if (sub < s_never && at(i, j) == at(i - 1, j - 1) + sub) {
                const TmToken& a = q.tokens[i - 1];
                const TmToken& b = m.tokens[j - 1];
                op.kind =
                    sub == 0 ? DiffOp::Kind::Equal : (a.key == b.key ? DiffOp::Kind::Changed : DiffOp::Kind::Replaced);
                op.queryStart = a.start;
                op.queryLength = a.length;
                op.matchStart = b.start;
                op.matchLength = b.length;
                ops.append(op);
                --i;
                --j;
                continue;
            }
        }
        if (i > 0 && at(i, j) == at(i - 1, j) + indel(q.tokens[i - 1])) {
            op.kind = DiffOp::Kind::Inserted;
            op.queryStart = q.tokens[i - 1].start;
            op.queryLength = q.tokens[i - 1].length;
            op.matchStart = matchEnd(j);
            ops.append(op);
            --i;
        } else {
            op.kind = DiffOp::Kind::Deleted;
            op.matchStart = m.tokens[j - 1].start;
            op.matchLength = m.tokens[j - 1].length;
            op.queryStart = queryEnd(i);
            ops.append(op);
            --j;
        }
    }
    std::reverse(ops.begin(), ops.end());
    return ops;
}

} // namespace

int FuzzyScorer::baseScore(qsizetype distance, qsizetype m, qsizetype n)
{
    const qsizetype length = std::max(m, n);
    if (length == 0)
        return 100;
    return int(100 * std::max<qsizetype>(0, length - distance) / length);
}

qsizetype FuzzyScorer::maxEdits(int threshold, qsizetype m, qsizetype n)
{
    return std::max(m, n) * (100 - std::clamp(threshold, 0, 100)) / 100;
}

qsizetype FuzzyScorer::levenshtein(std::span<const quint32> a, std::span<const quint32> b)
{
    std::vector<qsizetype> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = qsizetype(j);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        qsizetype diagonal = row[0];
        row[0] = qsizetype(i);
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const qsizetype up = row[j];
            row[j] = std::min({up + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

FuzzyScorer::Details FuzzyScorer::score(const TokenizedText& query, const TokenizedText& match, int wordEdits)
{
    Details details;
    const qsizetype m = query.weightedCount();
    const qsizetype n = match.weightedCount();
    const bool punctuationOnly = m == 0 && n == 0;
    if (punctuationOnly) {
        auto all = [](const TmToken&) { return true; };
        details.wordEdits = int(keyDistance(query, match, all));
        details.baseScore = baseScore(details.wordEdits, query.tokens.size(), match.tokens.size());
    } else {
        details.wordEdits = wordEdits >= 0
                                ? wordEdits
                                : int(keyDistance(query, match, [](const TmToken& t) { return t.isWeighted(); }));
        details.baseScore = baseScore(details.wordEdits, m, n);
    }

    if (qint64(query.tokens.size() + 1) * qint64(match.tokens.size() + 1) > s_maxAlignmentCells) {
        // Too long to align token by token (whole documents as one segment): one op for all, no
        // penalties beyond "not identical".
        details.diff.append(DiffOp{query.text == match.text ? DiffOp::Kind::Equal : DiffOp::Kind::Replaced, 0,
                                   qint32(query.text.size()), 0, qint32(match.text.size())});
        details.score = query.text == match.text ? 100 : std::min(details.baseScore, 99);
        return details;
    }
    details.diff = align(query, match);
    qsizetype qi = 0; // token indexes, advanced along the ops to find each op's tokens
    qsizetype mi = 0;
    bool whitespaceDiffers = query.gapAfter != match.gapAfter;
    for (const DiffOp& op : std::as_const(details.diff)) {
        const bool hasQuery = op.kind != DiffOp::Kind::Deleted;
        const bool hasMatch = op.kind != DiffOp::Kind::Inserted;
        const TmToken* a = hasQuery ? &query.tokens[qi++] : nullptr;
        const TmToken* b = hasMatch ? &match.tokens[mi++] : nullptr;
        const TmToken& either = a ? *a : *b;
        if (a && b && a->gapBefore != b->gapBefore)
            whitespaceDiffers = true;
        switch (op.kind) {
        case DiffOp::Kind::Equal:
            break;
        case DiffOp::Kind::Changed:
            if (either.isNormalized())
                ++details.placeablePenalty;
            else if (either.isWeighted())
                ++details.casePenalty;
            break;
        case DiffOp::Kind::Replaced:
        case DiffOp::Kind::Inserted:
        case DiffOp::Kind::Deleted:
            if (!either.isWeighted() && !punctuationOnly)
                ++details.punctuationPenalty;
            break;
        }
    }
    details.casePenalty = std::min(details.casePenalty, maxCasePenalty);
    details.punctuationPenalty = std::min(details.punctuationPenalty, maxPunctuationPenalty);
    details.whitespacePenalty = whitespaceDiffers ? 1 : 0;
    const int penalties =
        details.placeablePenalty + details.casePenalty + details.punctuationPenalty + details.whitespacePenalty;
    details.score = std::max(0, details.baseScore - penalties);
    if (query.text != match.text)
        details.score = std::min(details.score, 99);
    else
        details.score = 100;
    return details;
}

} // namespace tessera::tm
