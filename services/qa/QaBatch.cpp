// QaBatch: the checker is built once per run, after the index, so project-scope checks see every
// translation of the batch.
#include "QaBatch.h"

#include "ConsistencyIndex.h"
#include "QaChecker.h"

namespace tessera::qa {

QaBatch::QaBatch(QaContext context)
    : m_context(std::move(context))
{}

bool QaBatch::isChecked(const domain::Segment& segment)
{
    if (segment.flags.testFlag(domain::SegmentFlag::Obsolete))
        return false;
    const bool hasText = std::ranges::any_of(segment.targets, [](const QString& t) { return !t.isEmpty(); });
    return hasText || (segment.state != domain::SegmentState::New && segment.state != domain::SegmentState::Draft);
}

void QaBatch::run(const QList<Item>& items, QaReport& report) const
{
    auto index = std::make_shared<ConsistencyIndex>();
    for (const Item& item : items) {
        if (isChecked(item.segment))
            index->add(item.segment);
    }
    QaContext context = m_context;
    context.consistency = std::move(index);
    const QaChecker checker(context);
    if (!report.languages.contains(context.targetLanguage))
        report.languages.append(context.targetLanguage);
    for (const Item& item : items) {
        const domain::Segment& segment = item.segment;
        if (segment.flags.testFlag(domain::SegmentFlag::Obsolete))
            continue;
        if (!isChecked(segment)) {
            ++report.untranslatedSkipped;
            continue;
        }
        ++report.segmentsChecked;
        const QString target = segment.targets.join(QStringLiteral(" | "));
        for (const Issue& issue : checker.check(segment))
            report.findings.append(QaFinding{segment.id, segment.key, item.document, context.targetLanguage,
                                             segment.source, target, issue});
    }
}

} // namespace tessera::qa
