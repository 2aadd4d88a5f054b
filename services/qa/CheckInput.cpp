// CheckInput: pairs target forms with sources (gettext's rule: form 0 the singular, the others the
// plural; a language with one form translates the plural) and tokenizes each text once.
#include "CheckInput.h"

#include <algorithm>

#include "LanguageInfo.h"
#include "QaContext.h"
#include "text/Placeables.h"

namespace tessera::qa {

CheckInput::CheckInput(const domain::Segment& segment, const QaContext& context, const LanguageInfo& source,
                       const LanguageInfo& target)
    : m_segment(segment)
    , m_context(context)
    , m_source(source)
    , m_target(target)
{
    const QStringList targets = segment.targets.isEmpty() ? QStringList{QString()} : segment.targets;
    const int count = int(targets.size());
    QList<text::Placeable> singular = text::Placeables::find(segment.source);
    QList<text::Placeable> plural;
    if (segment.isPlural())
        plural = text::Placeables::find(segment.sourcePlural);
    for (int i = 0; i < count; ++i) {
        FormText form;
        form.form = i;
        form.target = targets.at(i);
        const bool usesPlural = segment.isPlural() && (count == 1 || i > 0);
        form.source = usesPlural ? segment.sourcePlural : segment.source;
        form.sourcePlaceables = usesPlural ? plural : singular;
        form.targetPlaceables = text::Placeables::find(form.target);
        if (segment.isPlural()) {
            form.category = target.formCategory(i, count);
            form.singleNumber = !form.category.isEmpty() && target.isSingleNumber(form.category);
        }
        if (!form.target.isEmpty())
            m_targetEmpty = false;
        m_forms.append(std::move(form));
    }
}

} // namespace tessera::qa
