#include "SegmentEditor.h"

#include <algorithm>
#include <array>
#include <deque>

#include "EditingLog.h"
#include "ProjectMemory.h"
#include "domain/Document.h"
#include "domain/Project.h"
#include "domain/TmUnit.h"
#include "qa/DocumentQa.h"
#include "qa/LiveConsistency.h"
#include "qa/ProjectQa.h"
#include "qa/QaChecker.h"
#include "store/Database.h"
#include "store/DocumentRepository.h"
#include "store/ProjectRepository.h"
#include "store/SegmentRepository.h"
#include "store/Workspace.h"
#include "text/PluralRules.h"

namespace tessera::editing {

using domain::Result;
using domain::Segment;
using domain::SegmentState;

namespace {

bool allEmpty(const QStringList& forms)
{
    return !domain::hasText(forms);
}

bool isConfirmed(SegmentState state)
{
    return state == SegmentState::Translated || state == SegmentState::Reviewed || state == SegmentState::Approved;
}

// The shortest way from one state to another through the transitions the workflow allows, `to` last;
// empty when there is none.
QList<SegmentState> statePath(SegmentState from, SegmentState to)
{
    constexpr int count = 6;
    std::array<int, count> previous;
    previous.fill(-1);
    previous[std::size_t(from)] = int(from);
    std::deque<int> queue{int(from)};
    while (!queue.empty()) {
        const int state = queue.front();
        queue.pop_front();
        if (state == int(to))
            break;
        for (int next = 0; next < count; ++next) {
            if (previous[std::size_t(next)] < 0 && domain::canTransition(SegmentState(state), SegmentState(next))) {
                previous[std::size_t(next)] = state;
                queue.push_back(next);
            }
        }
    }
    if (previous[std::size_t(to)] < 0)
        return {};
    QList<SegmentState> path;
    for (int state = int(to); state != int(from); state = previous[std::size_t(state)])
        path.prepend(SegmentState(state));
    return path;
}

} // namespace

bool TargetState::sameAs(const TargetState& other) const
{
    const bool textSame = targets == other.targets || (allEmpty(targets) && allEmpty(other.targets));
    return textSame && state == other.state && origin == other.origin;
}

SegmentEditor::SegmentEditor(store::Workspace& workspace, ProjectMemory& memory, QString author)
    : m_workspace(workspace)
    , m_memory(memory)
    , m_author(std::move(author))
{}

Result<void> SegmentEditor::setDocument(const QString& documentId)
{
    m_documentId.clear();
    m_projectId.clear();
    m_sourceLanguage.clear();
    m_targetLanguage.clear();
    m_tmName.clear();
    m_checker.reset();
    if (m_consistency)
        m_consistency->attach(nullptr);
    m_consistency.reset();
    if (documentId.isEmpty())
        return {};
    auto document = m_workspace.documents().find(documentId);
    if (!document)
        return std::unexpected(document.error());
    auto project = m_workspace.projects().find(document->projectId);
    if (!project)
        return std::unexpected(project.error());
    m_documentId = documentId;
    m_projectId = project->id;
    m_sourceLanguage = project->sourceLanguage;
    m_targetLanguage = document->targetLanguage;
    m_tmName = ProjectMemory::nameFor(project->name);
    auto checker = qa::DocumentQa::checker(m_workspace, *project, m_targetLanguage);
    if (!checker)
        return std::unexpected(checker.error());
    m_checker = *std::move(checker);
    return {};
}

void SegmentEditor::setSpelling(std::shared_ptr<const qa::SpellChecker> spelling)
{
    m_spelling = std::move(spelling);
    if (m_checker)
        m_checker = qa::DocumentQa::withSpelling(*m_checker, m_spelling);
}

void SegmentEditor::rebuildChecker(const qa::QaContext& context)
{
    qa::QaContext next = context;
    next.consistency = m_consistency;
    // Spelling follows the settings: on again, the dictionary given comes back.
    next.spelling = next.settings.disabled.contains(QStringLiteral("spelling")) ? nullptr : m_spelling;
    m_checker = std::make_shared<const qa::QaChecker>(std::move(next), m_checker->registry());
}

bool SegmentEditor::setConsistency(const QString& projectId, const QString& language,
                                   std::shared_ptr<qa::LiveConsistency> consistency)
{
    if (!m_checker || projectId != m_projectId || language != m_targetLanguage)
        return false;
    if (m_consistency)
        m_consistency->attach(nullptr);
    m_consistency = std::move(consistency);
    if (m_consistency)
        m_consistency->attach(&m_workspace);
    rebuildChecker(m_checker->context());
    return true;
}

bool SegmentEditor::refreshQaSettings()
{
    if (!m_checker)
        return false;
    auto settings = qa::ProjectQa(m_workspace).settings(m_projectId);
    if (!settings) {
        qCWarning(lcEditing) << "cannot read the QA settings again:" << settings.error().describe();
        return false;
    }
    if (*settings == m_checker->context().settings)
        return false;
    qa::QaContext context = m_checker->context();
    context.settings = *std::move(settings);
    rebuildChecker(context);
    return true;
}

qa::QaGate::Verdict SegmentEditor::confirmVerdict(const Segment& current, const QStringList& targets) const
{
    if (!m_checker)
        return {};
    Segment candidate = current;
    candidate.targets = targets;
    return qa::QaGate::evaluate(*m_checker, candidate, qa::QaGate::Action::Confirm);
}

int SegmentEditor::formCount(const Segment& segment) const
{
    if (!segment.isPlural())
        return 1;
    if (segment.targets.size() > 1)
        return int(segment.targets.size());
    auto rules = text::PluralRules::forLanguage(m_targetLanguage);
    return rules ? std::max(1, int(rules->integerCategories().size())) : 2;
}

SegmentState SegmentEditor::stateAfterTyping(SegmentState current, const QStringList& targets)
{
    if (allEmpty(targets))
        return current == SegmentState::New || current == SegmentState::Draft ? SegmentState::New : SegmentState::Draft;
    return SegmentState::Draft;
}

QStringList SegmentEditor::sourceForms(const Segment& segment, int formCount)
{
    QStringList forms{segment.source};
    for (int form = 1; form < formCount; ++form)
        forms.append(segment.isPlural() ? segment.sourcePlural : segment.source);
    return forms;
}

Result<Segment> SegmentEditor::write(const Segment& current, const QStringList& targets, SegmentState state,
                                     const QString& origin)
{
    store::SegmentEdit edit;
    edit.segmentId = current.id;
    edit.targets = allEmpty(targets) ? QStringList() : targets;
    edit.state = state;
    edit.baseRev = current.rev;
    edit.author = m_author;
    edit.origin = origin;
    auto written = m_workspace.segments().applyEdit(edit);
    if (written && m_consistency)
        m_consistency->update(*written);
    return written;
}

Result<SegmentChange> SegmentEditor::saveTargets(const Segment& current, const QStringList& targets,
                                                 const QString& origin)
{
    const TargetState before = TargetState::of(current);
    const bool sameText = targets == current.targets || (allEmpty(targets) && allEmpty(current.targets));
    if (sameText)
        return SegmentChange{before, current};
    // A person typed it: the origin ("tm:Main 87%") no longer describes the text, unless given.
    auto written = write(current, targets, stateAfterTyping(current.state, targets), origin);
    if (!written)
        return std::unexpected(written.error());
    return SegmentChange{before, *written};
}

Result<Confirmation> SegmentEditor::confirm(const Segment& current, const QStringList& targets, bool propagate)
{
    for (qsizetype form = 0; form < targets.size() || form == 0; ++form) {
        if (form >= targets.size() || targets.at(form).isEmpty())
            return domain::fail(
                domain::ErrorCode::InvalidInput,
                targets.size() > 1
                    ? QStringLiteral("segment %1: plural form %2 is empty").arg(current.key).arg(form + 1)
                    : QStringLiteral("segment %1: the translation is empty").arg(current.key));
    }
    refreshQaSettings(); // blocking as the project says now, also when another process changed it
    if (const qa::QaGate::Verdict verdict = confirmVerdict(current, targets); !verdict.allowed)
        return domain::fail(domain::ErrorCode::QaBlocked,
                            QStringLiteral("segment %1: not confirmed: %2").arg(current.key, verdict.reason()));
    const bool sameText = targets == current.targets;
    if (sameText && isConfirmed(current.state)) {
        Confirmation unchanged;
        unchanged.change = {TargetState::of(current), current};
        return unchanged;
    }
    auto confirmed = m_workspace.database().transaction([&]() -> Result<Confirmation> {
        // Confirming a pretranslated target unchanged keeps where it came from.
        auto written = write(current, targets, SegmentState::Translated, sameText ? current.origin : QString());
        if (!written)
            return std::unexpected(written.error());
        Confirmation result;
        result.change = {TargetState::of(current), *written};
        if (propagate)
            result.propagated = this->propagate(*written);
        return result;
    });
    if (confirmed)
        confirmed->tmError = addToMemory(confirmed->change.segment);
    return confirmed;
}

QList<SegmentChange> SegmentEditor::propagate(const Segment& confirmed)
{
    QList<SegmentChange> changes;
    auto same = m_workspace.segments().untranslatedWithSource(confirmed.documentId, confirmed.source,
                                                              confirmed.sourcePlural, confirmed.id);
    if (!same) {
        qCWarning(lcEditing) << "cannot look for identical segments:" << same.error().describe();
        return changes;
    }
    for (const Segment& other : std::as_const(*same)) {
        auto written = write(other, confirmed.targets, SegmentState::Translated, QStringLiteral("propagated"));
        if (!written) {
            qCWarning(lcEditing) << "not propagated to" << other.key << ':' << written.error().describe();
            continue; // its savepoint rolled back; the others still get the translation
        }
        changes.append({TargetState::of(other), *written});
    }
    return changes;
}

QString SegmentEditor::addToMemory(const Segment& segment)
{
    if (m_sourceLanguage.isEmpty() || m_targetLanguage.isEmpty())
        return QStringLiteral("the document's languages are unknown");
    QList<std::pair<QString, QString>> pairs{{segment.source, segment.targets.value(0)}};
    // Plural segments: the singular with the first form, the plural source with the last one (the
    // form most numbers select).
    if (segment.isPlural() && segment.targets.size() > 1)
        pairs.append({segment.sourcePlural, segment.targets.last()});
    for (const auto& [source, target] : pairs) {
        domain::TmUnit unit;
        unit.sourceLanguage = m_sourceLanguage;
        unit.targetLanguage = m_targetLanguage;
        unit.source = source;
        unit.target = target;
        unit.contextKey = segment.key;
        unit.creator = m_author;
        unit.createdAt = segment.updatedAt;
        unit.changedAt = segment.updatedAt;
        unit.origin = QStringLiteral("project");
        if (auto added = m_memory.add(m_tmName, unit); !added) {
            qCWarning(lcEditing) << "not added to the project TM" << m_tmName << ':' << added.error().describe();
            return added.error().describe();
        }
    }
    return {};
}

Result<SegmentChange> SegmentEditor::copySource(const Segment& current)
{
    return saveTargets(current, sourceForms(current, formCount(current)));
}

Result<Segment> SegmentEditor::restore(const QString& segmentId, const TargetState& expected, const TargetState& to)
{
    return m_workspace.database().transaction([&]() -> Result<Segment> {
        auto current = m_workspace.segments().find(segmentId);
        if (!current)
            return current;
        const TargetState now = TargetState::of(*current);
        if (now.sameAs(to))
            return current;
        if (!now.sameAs(expected))
            return domain::fail(
                domain::ErrorCode::Conflict,
                QStringLiteral("segment %1 changed since (by %2)").arg(current->key, current->updatedBy));
        // The same state with other text (typing in a Draft undone) is one step to that state.
        QList<SegmentState> path =
            current->state == to.state ? QList<SegmentState>{to.state} : statePath(current->state, to.state);
        if (path.isEmpty())
            return domain::fail(domain::ErrorCode::InvalidTransition,
                                QStringLiteral("segment %1 cannot go from %2 back to %3")
                                    .arg(current->key, domain::stateName(current->state), domain::stateName(to.state)));
        // The text goes with the first step; an emptied target only with the last (Translated → Draft →
        // New: the Draft keeps the old text, since only a Draft may be emptied into New).
        Segment segment = *current;
        for (qsizetype i = 0; i < path.size(); ++i) {
            const bool last = i == path.size() - 1;
            const QStringList& text = allEmpty(to.targets) && !last ? segment.targets : to.targets;
            auto written = write(segment, text, path.at(i), last ? to.origin : segment.origin);
            if (!written)
                return written;
            segment = std::move(*written);
        }
        return segment;
    });
}

} // namespace tessera::editing
