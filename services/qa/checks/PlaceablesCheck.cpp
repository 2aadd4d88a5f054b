// PlaceablesCheck: named placeholders (Qt %1, ICU, i18next, Python, Ruby) compare as sets, so they
// may move and repeat; printf directives compare by argument position and conversion, so "%s %d"
// may become "%2$d %1$s" but not "%d %s". A form that only one number selects may leave out the
// count ("one file"), as gettext's msgfmt allows.
#include "PlaceablesCheck.h"

#include <QHash>
#include <QRegularExpression>

#include "PlaceableKey.h"
#include "qa/CheckInput.h"
#include "qa/TextScan.h"

namespace tessera::qa::checks {

QString PlaceablesCheck::description() const
{
    return QStringLiteral("A placeholder (printf, Qt, ICU, i18next, Python, Ruby) of the source is missing, added "
                          "or changed in the translation.");
}

namespace {

// A strftime pattern ("%a %b %e %H:%M:%S %Y"): its directives are the translator's to reorder and
// change (a date format is localized), so printf rules do not apply.
bool isStrftime(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(%[-_0^#]?[HMYIBbyZTDRkVUW])"));
    return pattern.match(text).hasMatch();
}

// "%-encoding", "%-escape": a word after a percent sign, not a directive.
bool isWord(const QString& text, const PlaceableKey& k)
{
    return k.key.startsWith(QLatin1String("printf:")) && k.length == 3 && text.at(k.start + 1) == QLatin1Char('-') &&
           k.start + 3 < text.size() && text.at(k.start + 3).isLetter();
}

QList<PlaceableKey> compared(const QString& text, const QList<text::Placeable>& placeables, bool strftime)
{
    QList<PlaceableKey> keys = PlaceableKey::placeholders(text, placeables);
    keys.removeIf([&](const PlaceableKey& k) {
        return isWord(text, k) || (strftime && k.key.startsWith(QLatin1String("printf:")));
    });
    return keys;
}

} // namespace

void PlaceablesCheck::run(const CheckInput& input, QList<Issue>& issues) const
{
    for (const FormText& form : input.forms()) {
        if (form.target.isEmpty())
            continue;
        const bool strftime = isStrftime(form.source);
        const QList<PlaceableKey> source = compared(form.source, form.sourcePlaceables, strftime);
        const QList<PlaceableKey> target = compared(form.target, form.targetPlaceables, strftime);
        if (source.isEmpty() && target.isEmpty())
            continue;
        // Counts left to match: a named key once is enough however often it appears.
        QHash<QString, int> wanted;
        for (const PlaceableKey& k : source)
            wanted[k.key] = k.named ? 1 : wanted.value(k.key) + 1;
        QHash<QString, int> have;
        for (const PlaceableKey& k : target)
            have[k.key] = k.named ? 1 : have.value(k.key) + 1;

        QList<const PlaceableKey*> missing;
        QHash<QString, int> reported;
        for (const PlaceableKey& k : source) {
            const int need = wanted.value(k.key) - have.value(k.key);
            if (need <= 0 || reported.value(k.key) >= need)
                continue;
            ++reported[k.key];
            if (k.isCount && form.singleNumber)
                continue;
            missing.append(&k);
        }
        QList<const PlaceableKey*> extra;
        reported.clear();
        for (const PlaceableKey& k : target) {
            const int surplus = have.value(k.key) - wanted.value(k.key);
            if (surplus <= 0 || reported.value(k.key) >= surplus)
                continue;
            ++reported[k.key];
            extra.append(&k);
        }

        // A printf directive at the same position with another conversion is one change, not two.
        for (qsizetype m = 0; m < missing.size(); ++m) {
            const PlaceableKey* lost = missing.at(m);
            if (!lost->key.startsWith(QLatin1String("printf:")))
                continue;
            const QString position = lost->key.section(QLatin1Char(':'), 1, 1);
            for (qsizetype e = 0; e < extra.size(); ++e) {
                const PlaceableKey* added = extra.at(e);
                if (!added->key.startsWith(QLatin1String("printf:")) ||
                    added->key.section(QLatin1Char(':'), 1, 1) != position)
                    continue;
                Issue issue;
                issue.form = form.form;
                issue.start = added->start;
                issue.length = added->length;
                issue.sourceStart = lost->start;
                issue.sourceLength = lost->length;
                issue.message = QStringLiteral("%1 in the source is %2 here")
                                    .arg(QStringView(form.source).sliced(lost->start, lost->length),
                                         QStringView(form.target).sliced(added->start, added->length));
                issues.append(issue);
                missing.removeAt(m--);
                extra.removeAt(e);
                break;
            }
        }
        for (const PlaceableKey* k : missing) {
            Issue issue;
            issue.form = form.form;
            issue.sourceStart = k->start;
            issue.sourceLength = k->length;
            issue.message = QStringLiteral("%1 is missing").arg(QStringView(form.source).sliced(k->start, k->length));
            issues.append(issue);
        }
        // "%s$2": the position written after the directive instead of inside it ("%2$s"), so printf
        // takes the arguments in order and prints "$2"; the counts above match, the order does not.
        for (const PlaceableKey& k : target) {
            const qsizetype after = k.start + k.length;
            if (!k.key.startsWith(QLatin1String("printf:")) || after + 1 >= form.target.size() ||
                form.target.at(after) != QLatin1Char('$') || !form.target.at(after + 1).isDigit())
                continue;
            const QStringView directive = QStringView(form.target).sliced(k.start, k.length);
            const QString written = directive.toString() + form.target.sliced(after, 2);
            if (directive.contains(QLatin1Char('$')) || form.source.contains(written))
                continue;
            Issue issue;
            issue.form = form.form;
            issue.start = k.start;
            issue.length = k.length + 2;
            const QString digit(form.target.at(after + 1));
            const QString meant =
                directive.first(1).toString() + digit + QLatin1Char('$') + directive.sliced(1).toString();
            issue.message = QStringLiteral("%1 prints \u201C$%2\u201D: a positional argument is written %3")
                                .arg(written, digit, meant);
            issues.append(issue);
        }
        for (const PlaceableKey* k : extra) {
            Issue issue;
            issue.form = form.form;
            issue.start = k->start;
            issue.length = k->length;
            issue.message =
                QStringLiteral("%1 is not in the source").arg(QStringView(form.target).sliced(k->start, k->length));
            issues.append(issue);
        }
    }
}

} // namespace tessera::qa::checks
