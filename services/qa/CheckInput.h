// CheckInput: one segment as the checks read it: each target form beside the source it translates,
// with both texts' placeables found once, and the languages.
#pragma once

#include <QList>
#include <QString>

#include "domain/Segment.h"
#include "text/Placeable.h"

namespace tessera::qa {

class LanguageInfo;
struct QaContext;

struct FormText {
    int form = 0;
    QString source; // the singular or plural source this form translates
    QString target;
    QList<text::Placeable> sourcePlaceables;
    QList<text::Placeable> targetPlaceables;
    QString category;          // plural category of the form ("one", "few"); empty without plurals
    bool singleNumber = false; // only one number selects the form: the count may be left out
};

class CheckInput {
public:
    CheckInput(const domain::Segment& segment, const QaContext& context, const LanguageInfo& source,
               const LanguageInfo& target);

    const domain::Segment& segment() const { return m_segment; }
    const QaContext& context() const { return m_context; }
    const LanguageInfo& sourceLanguage() const { return m_source; }
    const LanguageInfo& targetLanguage() const { return m_target; }
    const QList<FormText>& forms() const { return m_forms; }
    // Every target form is empty (or there is none).
    bool targetEmpty() const { return m_targetEmpty; }

private:
    const domain::Segment& m_segment;
    const QaContext& m_context;
    const LanguageInfo& m_source;
    const LanguageInfo& m_target;
    QList<FormText> m_forms;
    bool m_targetEmpty = true;
};

} // namespace tessera::qa
