// TagsCheck: tags may move (word order changes) but not appear, vanish or change their code
// attributes (href, id, class…); prose attributes (alt, title) are the translator's. Nesting is
// only checked where the source itself nests, since a segment may hold half of an element.
#include "TagsCheck.h"

#include <QHash>

#include "MarkupTag.h"
#include "qa/CheckInput.h"
#include "qa/TextScan.h"

namespace tessera::qa::checks {

namespace {

// The first nesting error of `tags`: index of the offending tag and what is wrong; -1 when none.
std::pair<qsizetype, QString> nestingError(const QList<MarkupTag>& tags)
{
    QList<qsizetype> open;
    for (qsizetype i = 0; i < tags.size(); ++i) {
        const MarkupTag& tag = tags.at(i);
        if (tag.type == MarkupTag::Type::Open && !MarkupTag::isVoid(tag.name)) {
            open.append(i);
        } else if (tag.type == MarkupTag::Type::Close) {
            if (open.isEmpty())
                return {i, QStringLiteral("%1 closes nothing").arg(tag.display())};
            const MarkupTag& top = tags.at(open.last());
            if (top.name != tag.name)
                return {i, QStringLiteral("%1 closes %2").arg(tag.display(), top.display())};
            open.removeLast();
        }
    }
    if (!open.isEmpty())
        return {open.last(), QStringLiteral("%1 is not closed").arg(tags.at(open.last()).display())};
    return {-1, QString()};
}

// '<' or '</' outside any tag followed by the name of an element the source uses as markup: a tag
// the tokenizer could not read ("<b" without ">"). Other '<' are prose ("<user@example.org>").
QList<qsizetype> brokenTags(const QString& masked, const QStringList& markupNames)
{
    QList<qsizetype> found;
    for (qsizetype i = 0; i + 1 < masked.size(); ++i) {
        if (masked.at(i) != QLatin1Char('<'))
            continue;
        qsizetype start = i + 1;
        if (masked.at(start) == QLatin1Char('/'))
            ++start;
        qsizetype end = start;
        while (end < masked.size() && (masked.at(end).isLetterOrNumber() || masked.at(end) == QLatin1Char(':')))
            ++end;
        if (end > start && markupNames.contains(masked.sliced(start, end - start).toLower()))
            found.append(i);
    }
    return found;
}

// Tags that are markup, not "<file>" or "<name>" in a usage text (a meta-variable the translator
// may translate): closing and empty tags, tags with attributes or a prefix (xliff:g), tags whose
// element is closed in the same text, void elements, and tags naming an element in `markupNames`.
QList<MarkupTag> markupOnly(const QList<MarkupTag>& tags, const QStringList& markupNames)
{
    // HTML's inline elements (not "var", which usage texts write as a meta-variable "<var>").
    static const QStringList html{QStringLiteral("a"),      QStringLiteral("b"),    QStringLiteral("i"),
                                  QStringLiteral("u"),      QStringLiteral("s"),    QStringLiteral("em"),
                                  QStringLiteral("strong"), QStringLiteral("span"), QStringLiteral("tt"),
                                  QStringLiteral("code"),   QStringLiteral("big"),  QStringLiteral("small"),
                                  QStringLiteral("sub"),    QStringLiteral("sup"),  QStringLiteral("font"),
                                  QStringLiteral("p"),      QStringLiteral("div"),  QStringLiteral("li"),
                                  QStringLiteral("ul"),     QStringLiteral("ol"),   QStringLiteral("kbd")};
    QStringList closed;
    for (const MarkupTag& t : tags) {
        if (t.type == MarkupTag::Type::Close)
            closed.append(t.name);
    }
    QList<MarkupTag> kept;
    for (const MarkupTag& t : tags) {
        if (t.type == MarkupTag::Type::Comment)
            continue;
        const bool markup = t.type != MarkupTag::Type::Open || !t.attributes.isEmpty() ||
                            t.name.contains(QLatin1Char(':')) || closed.contains(t.name) ||
                            markupNames.contains(t.name) || html.contains(t.name) ||
                            (MarkupTag::isVoid(t.name) && t.name != QLatin1String("link"));
        if (markup)
            kept.append(t);
    }
    return kept;
}

} // namespace

QString TagsCheck::description() const
{
    return QStringLiteral("HTML/XML tags of the source are missing, added, changed, badly nested or broken in the "
                          "translation.");
}

void TagsCheck::run(const CheckInput& input, QList<Issue>& issues) const
{
    for (const FormText& form : input.forms()) {
        if (form.target.isEmpty())
            continue;
        const QList<MarkupTag> source = markupOnly(MarkupTag::read(form.source, form.sourcePlaceables), {});
        QStringList markupNames;
        for (const MarkupTag& t : source)
            markupNames.append(t.name);
        const QList<MarkupTag> target = markupOnly(MarkupTag::read(form.target, form.targetPlaceables), markupNames);
        auto add = [&](qsizetype start, qsizetype length, qsizetype sourceStart, qsizetype sourceLength,
                       const QString& message) {
            Issue issue;
            issue.form = form.form;
            issue.start = start;
            issue.length = length;
            issue.sourceStart = sourceStart;
            issue.sourceLength = sourceLength;
            issue.message = message;
            issues.append(issue);
        };

        // Pair the tags by what they are, in order of appearance.
        QHash<QString, QList<qsizetype>> targetByKind;
        for (qsizetype i = 0; i < target.size(); ++i)
            targetByKind[target.at(i).display()].append(i);
        QList<bool> paired(target.size(), false);
        for (const MarkupTag& tag : source) {
            QList<qsizetype>& candidates = targetByKind[tag.display()];
            if (candidates.isEmpty()) {
                add(-1, 0, tag.start, tag.length, QStringLiteral("%1 is missing").arg(tag.display()));
                continue;
            }
            const qsizetype t = candidates.takeFirst();
            paired[t] = true;
            const MarkupTag& other = target.at(t);
            QStringList names = tag.attributes.keys();
            for (const QString& name : other.attributes.keys()) {
                if (!names.contains(name))
                    names.append(name);
            }
            for (const QString& name : names) {
                if (MarkupTag::isTranslatableAttribute(name) || MarkupTag::isDisplayAttribute(tag.name, name))
                    continue;
                const bool inSource = tag.attributes.contains(name);
                const bool inTarget = other.attributes.contains(name);
                if (inSource && inTarget && tag.attributes.value(name) == other.attributes.value(name))
                    continue;
                QString message;
                if (!inTarget)
                    message = QStringLiteral("attribute %1 of %2 is missing").arg(name, tag.display());
                else if (!inSource)
                    message = QStringLiteral("attribute %1 of %2 is not in the source").arg(name, tag.display());
                else
                    message = QStringLiteral("attribute %1 of %2 is %3 in the source, %4 here")
                                  .arg(name, tag.display(), TextScan::quote(tag.attributes.value(name)),
                                       TextScan::quote(other.attributes.value(name)));
                add(other.start, other.length, tag.start, tag.length, message);
            }
        }
        for (qsizetype i = 0; i < target.size(); ++i) {
            if (!paired.at(i))
                add(target.at(i).start, target.at(i).length, -1, 0,
                    QStringLiteral("%1 is not in the source").arg(target.at(i).display()));
        }

        if (nestingError(source).first < 0) {
            const auto [index, message] = nestingError(target);
            if (index >= 0)
                add(target.at(index).start, target.at(index).length, -1, 0, message);
        }

        const QList<qsizetype> sourceBroken =
            brokenTags(TextScan::masked(form.source, form.sourcePlaceables), markupNames);
        const QList<qsizetype> targetBroken =
            brokenTags(TextScan::masked(form.target, form.targetPlaceables), markupNames);
        if (targetBroken.size() > sourceBroken.size()) {
            const qsizetype at = targetBroken.at(sourceBroken.size());
            qsizetype end = at + 1;
            while (end < form.target.size() && !form.target.at(end).isSpace() && end - at < 20)
                ++end;
            add(at, end - at, -1, 0,
                QStringLiteral("%1 is not a well-formed tag")
                    .arg(TextScan::quote(QStringView(form.target).sliced(at, end - at))));
        }
    }
}

} // namespace tessera::qa::checks
