// SuggestionHtml: rich text for the suggestions panel: a TM match's source marked against the current
// source, a source with its glossary terms marked, and a suggestion's age in words; colours come from
// the palette so both light and dark themes read well.
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include "tm/TokenDiff.h"

class QPalette;

namespace tessera::terms {
struct TermHit;
}

namespace tessera::ui::editor {

class SuggestionHtml {
    Q_DECLARE_TR_FUNCTIONS(tessera::ui::editor::SuggestionHtml)

public:
    struct Colors {
        QColor inserted; // background of words the current source has and the match lacks
        QColor deleted;  // background of words of the match the current source lacks (struck through)
        QColor changed;  // same word, other case, number or placeable
        QColor term;     // background of a glossary term in the source
        QColor forbidden;
    };
    static Colors colors(const QPalette& palette);

    // The match's source with the differences from `query` marked: words only the match has are
    // struck through (<del>), words only the query has are shown where they would go (<ins>), and
    // replaced words show both. Everything else is escaped.
    static QString diff(const QString& query, const QString& matchSource, const tm::TokenDiff& ops,
                        const Colors& colors);
    // `source` with each hit's span marked (<b> on the term colour).
    static QString markTerms(const QString& source, const QList<terms::TermHit>& hits, const Colors& colors);
    // "just now", "5 minutes ago", "3 days ago", "2 years ago"; empty for an invalid time.
    static QString age(const QDateTime& when, const QDateTime& now);
};

} // namespace tessera::ui::editor
