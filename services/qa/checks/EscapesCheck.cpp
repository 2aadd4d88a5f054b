// EscapesCheck: only the escapes whose count carries meaning. Android's \' and \" follow the
// language's own quotes and apostrophes, \u00e9 and &eacute; are just characters, &nbsp; is
// typography: none of these is compared.
#include "EscapesCheck.h"

#include <QMap>

#include "qa/CheckInput.h"

namespace tessera::qa::checks {

namespace {

bool compared(QStringView span)
{
    static const QStringList kept{QStringLiteral("\\n"),  QStringLiteral("\\t"), QStringLiteral("\\r"),
                                  QStringLiteral("\\\\"), QStringLiteral("%%"),  QStringLiteral("&lt;"),
                                  QStringLiteral("&gt;")};
    for (const QString& k : kept) {
        if (span == k)
            return true;
    }
    return false;
}

QMap<QString, QList<qsizetype>> escapes(const QString& text, const QList<text::Placeable>& placeables)
{
    QMap<QString, QList<qsizetype>> found;
    for (const text::Placeable& p : placeables) {
        if (p.kind != text::PlaceableKind::Escape && p.kind != text::PlaceableKind::Entity)
            continue;
        const QStringView span = QStringView(text).sliced(p.start, p.length);
        if (compared(span))
            found[span.toString()].append(p.start);
    }
    return found;
}

} // namespace

QString EscapesCheck::description() const
{
    return QStringLiteral("An escape sequence (\\n, \\t, %%) or markup entity (&lt; &gt;) occurs a different "
                          "number of times than in the source.");
}

void EscapesCheck::run(const CheckInput& input, QList<Issue>& issues) const
{
    for (const FormText& form : input.forms()) {
        if (form.target.isEmpty())
            continue;
        const auto source = escapes(form.source, form.sourcePlaceables);
        const auto target = escapes(form.target, form.targetPlaceables);
        QStringList all = source.keys();
        for (const QString& k : target.keys()) {
            if (!all.contains(k))
                all.append(k);
        }
        for (const QString& k : all) {
            const qsizetype s = source.value(k).size();
            const qsizetype t = target.value(k).size();
            if (s == t)
                continue;
            Issue issue;
            issue.form = form.form;
            if (t > s) {
                issue.start = target.value(k).at(s);
                issue.length = k.size();
            } else {
                issue.sourceStart = source.value(k).at(t);
                issue.sourceLength = k.size();
            }
            issue.message = QStringLiteral("%1 occurs %2 time(s) in the source, %3 here").arg(k).arg(s).arg(t);
            issues.append(issue);
        }
    }
}

} // namespace tessera::qa::checks
