#include "FindReplace.h"

#include <QHash>

#include "EditingLog.h"
#include "domain/Document.h"
#include "store/Database.h"
#include "store/DocumentRepository.h"
#include "store/SegmentBrowser.h"
#include "store/SegmentRepository.h"
#include "store/TextMatch.h"
#include "store/Workspace.h"
#include "text/Placeables.h"

namespace tessera::editing {

using domain::Result;
using domain::Segment;

int ReplaceResult::replaced() const
{
    int count = 0;
    for (const Document& document : documents)
        count += int(document.changes.size());
    return count;
}

FindReplace::FindReplace(store::Workspace& workspace, QString author)
    : m_workspace(workspace)
    , m_author(std::move(author))
{}

Result<QList<FindReplace::DocumentRef>> FindReplace::documents(const FindScope& scope)
{
    QList<DocumentRef> refs;
    if (!scope.documentId.isEmpty()) {
        auto document = m_workspace.documents().find(scope.documentId);
        if (!document)
            return std::unexpected(document.error());
        refs.append({document->id, document->name});
        return refs;
    }
    if (scope.projectId.isEmpty())
        return domain::fail(domain::ErrorCode::InvalidInput, QStringLiteral("find: neither a document nor a project"));
    auto all = m_workspace.documents().listForProject(scope.projectId);
    if (!all)
        return std::unexpected(all.error());
    for (const domain::Document& document : std::as_const(*all))
        refs.append({document.id, document.name});
    return refs;
}

Result<QList<Segment>> FindReplace::segmentsMatching(const QString& documentId, const TextMatcher& matcher, FindIn in)
{
    // The store reads only the segments whose texts contain the pattern (a whole-word search asks for
    // the text anywhere, a superset); the matcher then finds the exact spans.
    const FindPattern& pattern = matcher.pattern();
    const int mode =
        (pattern.regex ? store::TextMatch::Regex : 0) | (pattern.caseSensitive ? store::TextMatch::CaseSensitive : 0);
    using Fields = store::SegmentBrowser::TextFields;
    const Fields fields = in == FindIn::Source   ? Fields::Sources
                          : in == FindIn::Target ? Fields::Targets
                                                 : Fields::Both;
    auto rows = m_workspace.segmentBrowser().rowsMatching(documentId, pattern.text, mode, fields);
    if (!rows)
        return std::unexpected(rows.error());
    QList<Segment> segments;
    segments.reserve(rows->size());
    for (store::SegmentRow& row : *rows)
        segments.append(std::move(row.segment));
    return segments;
}

Result<QList<FindHit>> FindReplace::find(const FindScope& scope, FindIn in, const TextMatcher& matcher)
{
    auto refs = documents(scope);
    if (!refs)
        return std::unexpected(refs.error());
    QList<FindHit> hits;
    for (const DocumentRef& ref : std::as_const(*refs)) {
        auto segments = segmentsMatching(ref.id, matcher, in);
        if (!segments)
            return std::unexpected(segments.error());
        for (const Segment& segment : std::as_const(*segments)) {
            auto add = [&](const QString& text, bool inTarget, int form) {
                for (const TextSpan& span : matcher.find(text))
                    hits.append({ref.id, segment.id, segment.order, inTarget, form, span});
            };
            if (in != FindIn::Target) {
                add(segment.source, false, 0);
                if (segment.isPlural())
                    add(segment.sourcePlural, false, 1);
            }
            if (in != FindIn::Source) {
                for (int form = 0; form < segment.targets.size(); ++form)
                    add(segment.targets.at(form), true, form);
            }
        }
    }
    return hits;
}

QString FindReplace::brokenPlaceable(const QString& before, const QString& after)
{
    const QList<text::Placeable> had = text::Placeables::find(before);
    if (had.isEmpty())
        return {};
    QHash<QString, int> left;
    for (const text::Placeable& placeable : text::Placeables::find(after))
        ++left[after.mid(placeable.start, placeable.length)];
    for (const text::Placeable& placeable : had) {
        const QString text = before.mid(placeable.start, placeable.length);
        if (--left[text] < 0)
            return text;
    }
    return {};
}

Result<QList<ReplacementCandidate>> FindReplace::preview(const FindScope& scope, const TextMatcher& matcher)
{
    auto refs = documents(scope);
    if (!refs)
        return std::unexpected(refs.error());
    QList<ReplacementCandidate> candidates;
    for (const DocumentRef& ref : std::as_const(*refs)) {
        auto segments = segmentsMatching(ref.id, matcher, FindIn::Target);
        if (!segments)
            return std::unexpected(segments.error());
        for (const Segment& segment : std::as_const(*segments)) {
            ReplacementCandidate candidate;
            bool changed = false;
            for (const QString& form : segment.targets) {
                QList<TextSpan> before;
                QList<TextSpan> after;
                candidate.after.append(matcher.replace(form, &before, &after));
                candidate.beforeMatches.append(before);
                candidate.afterMatches.append(after);
                changed = changed || candidate.after.last() != form;
            }
            if (!changed)
                continue;
            candidate.documentId = ref.id;
            candidate.documentName = ref.name;
            candidate.segmentId = segment.id;
            candidate.key = segment.key;
            candidate.order = segment.order;
            candidate.baseRev = segment.rev;
            candidate.state = segment.state;
            candidate.before = segment.targets;
            if (segment.flags.testFlag(domain::SegmentFlag::Locked)) {
                candidate.verdict = ReplacementCandidate::Verdict::Locked;
                candidate.reason = QStringLiteral("the segment is locked");
            } else if (segment.state == domain::SegmentState::Approved) {
                candidate.verdict = ReplacementCandidate::Verdict::Approved;
                candidate.reason = QStringLiteral("the segment is approved");
            } else {
                for (int form = 0; form < candidate.before.size(); ++form) {
                    const QString broken = brokenPlaceable(candidate.before.at(form), candidate.after.at(form));
                    if (!broken.isEmpty()) {
                        candidate.verdict = ReplacementCandidate::Verdict::BreaksPlaceable;
                        candidate.reason = QStringLiteral("the replacement would break the placeable %1").arg(broken);
                        break;
                    }
                }
            }
            candidates.append(std::move(candidate));
        }
    }
    return candidates;
}

Result<ReplaceResult> FindReplace::apply(const QList<ReplacementCandidate>& chosen)
{
    ReplaceResult result;
    // Document by document, in the order the candidates come (the preview's).
    QList<QString> order;
    QHash<QString, QList<const ReplacementCandidate*>> byDocument;
    for (const ReplacementCandidate& candidate : chosen) {
        if (!candidate.applicable()) {
            result.skipped.append(candidate);
            continue;
        }
        if (!byDocument.contains(candidate.documentId))
            order.append(candidate.documentId);
        byDocument[candidate.documentId].append(&candidate);
    }
    for (const QString& documentId : std::as_const(order)) {
        ReplaceResult::Document document{documentId, {}};
        QList<ReplacementCandidate> skipped;
        auto written = m_workspace.database().transaction([&]() -> Result<void> {
            for (const ReplacementCandidate* candidate : std::as_const(byDocument[documentId])) {
                auto current = m_workspace.segments().find(candidate->segmentId);
                if (!current)
                    return std::unexpected(current.error());
                store::SegmentEdit edit;
                edit.segmentId = candidate->segmentId;
                edit.targets = candidate->after;
                edit.state = SegmentEditor::stateAfterTyping(current->state, candidate->after);
                edit.baseRev = candidate->baseRev;
                edit.author = m_author;
                auto saved = m_workspace.segments().applyEdit(edit);
                if (!saved) {
                    // Its savepoint rolled back; the document's other replacements still go in.
                    ReplacementCandidate refused = *candidate;
                    refused.reason = saved.error().code == domain::ErrorCode::Conflict
                                         ? QStringLiteral("the segment changed since the preview")
                                         : saved.error().message;
                    skipped.append(refused);
                    continue;
                }
                document.changes.append({TargetState::of(*current), *saved});
            }
            return {};
        });
        if (!written)
            return std::unexpected(written.error());
        result.skipped.append(skipped);
        if (!document.changes.isEmpty())
            result.documents.append(std::move(document));
    }
    qCInfo(lcEditing) << "replaced in" << result.replaced() << "segment(s), skipped" << result.skipped.size();
    return result;
}

} // namespace tessera::editing
