#include "SuggestionHtml.h"

#include <algorithm>

#include <QPalette>

#include "terms/TermHit.h"

namespace tessera::ui::editor {

namespace {

QString span(const QString& text, const QString& tag, const QColor& background, const QString& extraStyle = {})
{
    return QStringLiteral("<%1 style=\"background-color:%2;%3\">%4</%1>")
        .arg(tag, background.name(), extraStyle, text.toHtmlEscaped());
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

SuggestionHtml::Colors SuggestionHtml::colors(const QPalette& palette)
{
    // Pale tints on a light base, deep ones on a dark base; the text colour stays the palette's.
    if (isDark(palette))
        return {QColor(0x1f, 0x5a, 0x2e), QColor(0x6e, 0x24, 0x24), QColor(0x5c, 0x4a, 0x14), QColor(0x1d, 0x4a, 0x6e),
                QColor(0xff, 0x8a, 0x80)};
    return {QColor(0xc8, 0xf0, 0xcf), QColor(0xf9, 0xcf, 0xd3), QColor(0xff, 0xec, 0xb3), QColor(0xcf, 0xe5, 0xfa),
            QColor(0xb0, 0x1c, 0x1c)};
}

QString SuggestionHtml::diff(const QString& query, const QString& matchSource, const tm::TokenDiff& ops,
                             const Colors& colors)
{
    using Kind = tm::DiffOp::Kind;
    const QString struck = QStringLiteral("text-decoration:line-through;");
    QString html;
    qsizetype at = 0; // how much of the match's source is written
    const auto catchUp = [&](qsizetype to) {
        to = std::clamp<qsizetype>(to, at, matchSource.size());
        html += matchSource.mid(at, to - at).toHtmlEscaped();
        at = to;
    };
    const auto insert = [&](const tm::DiffOp& op) {
        // A word the match lacks has no room of its own there: give it a space on the side that needs one.
        const QString word = query.mid(op.queryStart, op.queryLength);
        const bool spaceBefore = at > 0 && !matchSource.at(at - 1).isSpace();
        html += (spaceBefore ? QStringLiteral(" ") : QString()) + span(word, QStringLiteral("ins"), colors.inserted) +
                (spaceBefore ? QString() : QStringLiteral(" "));
    };
    for (const tm::DiffOp& op : ops) {
        catchUp(op.matchStart);
        const QString matchText = matchSource.mid(op.matchStart, op.matchLength);
        switch (op.kind) {
        case Kind::Equal:
            html += matchText.toHtmlEscaped();
            break;
        case Kind::Changed:
            html += span(matchText, QStringLiteral("span"), colors.changed);
            break;
        case Kind::Replaced:
            html += span(matchText, QStringLiteral("del"), colors.deleted, struck);
            html += QChar(0x2009); // a thin space keeps the two words apart
            html += span(query.mid(op.queryStart, op.queryLength), QStringLiteral("ins"), colors.inserted);
            break;
        case Kind::Deleted:
            html += span(matchText, QStringLiteral("del"), colors.deleted, struck);
            break;
        case Kind::Inserted:
            insert(op);
            break;
        }
        at = std::max<qsizetype>(at, op.matchStart + op.matchLength);
    }
    catchUp(matchSource.size());
    return html;
}

QString SuggestionHtml::markTerms(const QString& source, const QList<terms::TermHit>& hits, const Colors& colors)
{
    QString html;
    qsizetype at = 0;
    for (const terms::TermHit& hit : hits) {
        if (hit.start < at)
            continue; // another concept for the same span: marked once
        html += source.mid(at, hit.start - at).toHtmlEscaped();
        html += QStringLiteral("<b style=\"background-color:%1;\">%2</b>")
                    .arg(colors.term.name(), source.mid(hit.start, hit.length).toHtmlEscaped());
        at = hit.start + hit.length;
    }
    html += source.mid(at).toHtmlEscaped();
    return html;
}

QString SuggestionHtml::age(const QDateTime& when, const QDateTime& now)
{
    if (!when.isValid() || !now.isValid())
        return {};
    const qint64 seconds = std::max<qint64>(0, when.secsTo(now));
    const qint64 minutes = seconds / 60;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    if (minutes < 1)
        return tr("just now");
    if (hours < 1)
        return tr("%n minute(s) ago", nullptr, int(minutes));
    if (days < 1)
        return tr("%n hour(s) ago", nullptr, int(hours));
    if (days < 31)
        return tr("%n day(s) ago", nullptr, int(days));
    if (days < 365)
        return tr("%n month(s) ago", nullptr, int(days / 30));
    return tr("%n year(s) ago", nullptr, int(days / 365));
}

} // namespace tessera::ui::editor
