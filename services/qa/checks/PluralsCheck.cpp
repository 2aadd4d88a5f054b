// PluralsCheck: the number of forms a language needs is what some whole number below 1000 selects
// (CLDR through ICU): gettext's French has two, not CLDR's three with "many" for millions. ICU
// messages are checked only where the source is one (has a plural or select), since "{" is prose
// elsewhere.
#include "PluralsCheck.h"

#include <algorithm>

#include "IcuMessage.h"
#include "qa/CheckInput.h"
#include "qa/LanguageInfo.h"

namespace tessera::qa::checks {

namespace {

bool hasIcuStructure(const QList<text::Placeable>& placeables)
{
    for (const text::Placeable& p : placeables) {
        if (p.kind == text::PlaceableKind::IcuSyntax)
            return true;
    }
    return false;
}

// Markup tags blanked out (same offsets): an XLIFF placeholder's attributes may hold braces
// (<x id="INTERPOLATION" equiv-text="{{minutes}}"/>) that are not the message's syntax.
QString withoutTags(const QString& text, const QList<text::Placeable>& placeables)
{
    QString result = text;
    for (const text::Placeable& p : placeables) {
        if (p.kind != text::PlaceableKind::Tag)
            continue;
        for (qsizetype i = p.start; i < p.end(); ++i)
            result[i] = QLatin1Char('_');
    }
    return result;
}

void checkIcu(const FormText& form, const LanguageInfo& language, QList<Issue>& issues)
{
    auto add = [&](qsizetype start, const QString& message) {
        Issue issue;
        issue.form = form.form;
        issue.start = start;
        issue.length = start >= 0 ? 1 : 0;
        issue.message = message;
        issues.append(issue);
    };
    const IcuMessage target = IcuMessage::parse(withoutTags(form.target, form.targetPlaceables));
    if (!target.valid && target.error == QLatin1String("U_DEFAULT_KEYWORD_MISSING")) {
        add(-1, QStringLiteral("a plural or select has no \u201Cother\u201D branch"));
        return;
    }
    if (!target.valid) {
        add(target.offset, QStringLiteral("not valid ICU MessageFormat (%1 at character %2)")
                               .arg(target.error)
                               .arg(target.offset + 1));
        return;
    }
    const IcuMessage source = IcuMessage::parse(withoutTags(form.source, form.sourcePlaceables));
    for (const IcuArgument& argument : source.arguments) {
        const bool there = std::ranges::any_of(
            target.arguments, [&](const IcuArgument& a) { return a.name == argument.name && a.type == argument.type; });
        if (!there)
            add(-1, QStringLiteral("the %1 argument \u201C%2\u201D is missing").arg(argument.type, argument.name));
    }
    for (const IcuArgument& argument : target.arguments) {
        if (!argument.selectors.contains(QLatin1String("other")))
            add(argument.start, QStringLiteral("the %1 of \u201C%2\u201D has no \u201Cother\u201D branch")
                                    .arg(argument.type, argument.name));
        if (argument.type != QLatin1String("plural"))
            continue;
        const QStringList all = language.allPluralCategories();
        for (const QString& selector : argument.selectors) {
            if (!selector.startsWith(QLatin1Char('=')) && !all.contains(selector))
                add(argument.start, QStringLiteral("%1 has no plural category \u201C%2\u201D (it has %3)")
                                        .arg(language.tag(), selector, all.join(QStringLiteral(", "))));
        }
        for (const QString& category : language.pluralCategories()) {
            // "=0 {…} =1 {…}" in French says everything "one" would (0 and 1 are its whole numbers).
            const QList<int> numbers = language.fewNumbers(category);
            const bool explicitNumbers = !numbers.isEmpty() && std::ranges::all_of(numbers, [&](int n) {
                return argument.selectors.contains(QStringLiteral("=%1").arg(n));
            });
            if (!argument.selectors.contains(category) && !explicitNumbers)
                add(argument.start, QStringLiteral("the plural of \u201C%1\u201D has no \u201C%2\u201D branch (%3)")
                                        .arg(argument.name, category, language.examples(category)));
        }
    }
}

} // namespace

QString PluralsCheck::description() const
{
    return QStringLiteral("Plural forms are missing, empty or more than the target language has, or an ICU plural "
                          "lacks \u201Cother\u201D or one of the language's categories.");
}

void PluralsCheck::run(const CheckInput& input, QList<Issue>& issues) const
{
    const domain::Segment& segment = input.segment();
    const LanguageInfo& language = input.targetLanguage();
    if (segment.isPlural()) {
        const int count = int(segment.targets.size());
        const QStringList needed = language.pluralCategories();
        if (!language.acceptsFormCount(count)) {
            Issue issue;
            issue.message = QStringLiteral("%1 plural form(s); %2 has %3 (%4)")
                                .arg(count)
                                .arg(language.tag())
                                .arg(needed.size())
                                .arg(needed.join(QStringLiteral(", ")));
            issues.append(issue);
        }
        for (const FormText& form : input.forms()) {
            if (!form.target.isEmpty())
                continue;
            Issue issue;
            issue.form = form.form;
            issue.message = form.category.isEmpty() ? QStringLiteral("plural form %1 is empty").arg(form.form)
                                                    : QStringLiteral("plural form %1 (%2: %3) is empty")
                                                          .arg(form.form)
                                                          .arg(form.category, language.examples(form.category));
            issues.append(issue);
        }
    }
    for (const FormText& form : input.forms()) {
        if (!form.target.isEmpty() && hasIcuStructure(form.sourcePlaceables))
            checkIcu(form, language, issues);
    }
}

} // namespace tessera::qa::checks
