#include "AutoRepair.h"

#include <algorithm>
#include <tuple>
#include <utility>

#include <QHash>
#include <QList>
#include <QSet>

namespace tessera::tm {

namespace {

QList<qsizetype> weightedIndexes(const TokenizedText& text)
{
    QList<qsizetype> out;
    for (qsizetype i = 0; i < text.tokens.size(); ++i)
        if (text.tokens[i].isWeighted())
            out.append(i);
    return out;
}

} // namespace

AutoRepair::Result AutoRepair::repair(const TokenizedText& query, const TokenizedText& matchSource,
                                      const TokenizedText& matchTarget)
{
    Result result;
    result.target = matchTarget.text;
    const QList<qsizetype> q = weightedIndexes(query);
    const QList<qsizetype> s = weightedIndexes(matchSource);
    bool sameKeys = q.size() == s.size();
    for (qsizetype i = 0; sameKeys && i < q.size(); ++i)
        sameKeys = query.tokens[q[i]].key == matchSource.tokens[s[i]].key;

    // old text → new text, and how often old occurs among the source's placeables and numbers.
    QHash<QString, QString> replacement;
    QHash<QString, int> sourceCount;
    QStringList order; // olds in source order, each once
    QSet<QString> ambiguous;
    bool anyDiffers = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const TmToken& token = matchSource.tokens[s[i]];
        if (!token.isNormalized())
            continue;
        const QString old = matchSource.surface(s[i]).toString();
        ++sourceCount[old];
        if (!sameKeys)
            continue;
        const QString now = query.surface(q[i]).toString();
        anyDiffers = anyDiffers || old != now;
        if (!replacement.contains(old)) {
            replacement.insert(old, now);
            order.append(old);
        } else if (replacement.value(old) != now) {
            ambiguous.insert(old);
        }
    }
    if (!sameKeys) {
        result.outcome = Outcome::NotApplicable;
        return result;
    }
    if (!anyDiffers)
        return result;

    // Target tokens to replace: (start, length, new text).
    QList<std::tuple<qint32, qint32, QString>> edits;
    int leftAlone = 0;
    for (const QString& old : std::as_const(order)) {
        const QString now = replacement.value(old);
        if (old == now && !ambiguous.contains(old))
            continue;
        if (ambiguous.contains(old)) {
            result.notes.append(
                QStringLiteral("\"%1\" stands for different values in the query; left as it is").arg(old));
            ++leftAlone;
            continue;
        }
        QList<qsizetype> hits;
        for (qsizetype j = 0; j < matchTarget.tokens.size(); ++j)
            if (matchTarget.tokens[j].isNormalized() && matchTarget.surface(j) == old)
                hits.append(j);
        if (hits.isEmpty()) {
            result.notes.append(QStringLiteral("\"%1\" is not in the target as such (written differently?); "
                                               "not replaced by \"%2\"")
                                    .arg(old, now));
            ++leftAlone;
            continue;
        }
        if (hits.size() != sourceCount.value(old)) {
            result.notes.append(QStringLiteral("\"%1\" occurs %2 times in the source but %3 in the target; "
                                               "not replaced by \"%4\"")
                                    .arg(old)
                                    .arg(sourceCount.value(old))
                                    .arg(hits.size())
                                    .arg(now));
            ++leftAlone;
            continue;
        }
        for (qsizetype j : hits)
            edits.append({matchTarget.tokens[j].start, matchTarget.tokens[j].length, now});
    }
    std::sort(edits.begin(), edits.end(), [](const auto& a, const auto& b) { return std::get<0>(a) > std::get<0>(b); });
    for (const auto& [start, length, now] : edits)
        result.target.replace(start, length, now);
    result.replaced = int(edits.size());
    if (leftAlone == 0)
        result.outcome = Outcome::Repaired;
    else
        result.outcome = result.replaced > 0 ? Outcome::Partial : Outcome::Failed;
    return result;
}

} // namespace tessera::tm
