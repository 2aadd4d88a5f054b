#include "Concordance.h"

#include "store/TmRepository.h"

namespace tessera::tm {

using domain::Result;

namespace {

// unicode61's token characters: letters, numbers, private use (its default categories "L* N* Co"),
// and combining marks, which it keeps inside a word.
bool isWordCharacter(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Other_PrivateUse:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

} // namespace

Concordance::Concordance(store::TmRepository& repository)
    : m_repository(repository)
{}

QList<Concordance::Range> Concordance::words(QStringView text, QStringList* keys)
{
    QList<Range> found;
    qsizetype i = 0;
    qsizetype start = -1;
    const qsizetype n = text.size();
    while (i <= n) {
        char32_t c = 0;
        qsizetype width = 1;
        if (i < n) {
            c = text[i].unicode();
            if (QChar::isHighSurrogate(c) && i + 1 < n && text[i + 1].isLowSurrogate()) {
                c = QChar::surrogateToUcs4(text[i], text[i + 1]);
                width = 2;
            }
        }
        const bool word = i < n && isWordCharacter(c);
        if (word && start < 0)
            start = i;
        if (!word && start >= 0) {
            found.append(Range{qint32(start), qint32(i - start)});
            if (keys)
                keys->append(text.sliced(start, i - start).toString().toCaseFolded());
            start = -1;
        }
        i += width;
    }
    return found;
}

QList<Concordance::Range> Concordance::find(QStringView text, const QStringList& keys)
{
    QList<Range> found;
    if (keys.isEmpty())
        return found;
    QStringList textKeys;
    const QList<Range> spans = words(text, &textKeys);
    for (qsizetype i = 0; i + keys.size() <= spans.size();) {
        bool match = true;
        for (qsizetype k = 0; match && k < keys.size(); ++k)
            match = textKeys[i + k] == keys[k];
        if (!match) {
            ++i;
            continue;
        }
        const Range& last = spans[i + keys.size() - 1];
        found.append(Range{spans[i].start, last.start + last.length - spans[i].start});
        i += keys.size();
    }
    return found;
}

Result<QList<Concordance::Hit>> Concordance::search(const QString& text, Field field, int maxResults)
{
    QStringList keys;
    const QList<Range> spans = words(text, &keys);
    if (spans.isEmpty())
        return domain::fail(domain::ErrorCode::InvalidInput,
                            QStringLiteral("\"%1\" has no word to search for (letters or numbers)").arg(text));
    // A phrase of the words exactly as they are in the text; they hold only word characters, so
    // nothing in them needs quoting. The tokenizer folds case the same way.
    QStringList phrase;
    for (const Range& r : spans)
        phrase.append(text.sliced(r.start, r.length));
    QString match = QLatin1Char('"') + phrase.join(QLatin1Char(' ')) + QLatin1Char('"');
    if (field == Field::Source)
        match = QStringLiteral("source : ") + match;
    else if (field == Field::Target)
        match = QStringLiteral("target : ") + match;
    QList<Hit> hits;
    auto searched = m_repository.searchText(match, maxResults, [&](qint64 rowId, const domain::TmUnit& unit) {
        Hit hit;
        hit.rowId = rowId;
        hit.unit = unit;
        if (field != Field::Target)
            hit.sourceRanges = find(unit.source, keys);
        if (field != Field::Source)
            hit.targetRanges = find(unit.target, keys);
        hits.append(std::move(hit));
    });
    if (!searched)
        return std::unexpected(searched.error());
    return hits;
}

} // namespace tessera::tm
