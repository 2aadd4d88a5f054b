// ConsistencyIndex: segments with a PO msgctxt (key "context\x04msgid") or other context compare only
// with segments of the same context, since "Open" the verb and "Open" the adjective may differ.
#include "ConsistencyIndex.h"

#include <QSet>

#include "TextScan.h"

namespace tessera::qa {

bool ConsistencyIndex::counts(const domain::Segment& segment)
{
    if (segment.flags.testFlag(domain::SegmentFlag::Obsolete) || segment.state == domain::SegmentState::New)
        return false;
    for (const QString& t : segment.targets) {
        if (!t.isEmpty())
            return true;
    }
    return false;
}

QString ConsistencyIndex::targetText(const domain::Segment& segment)
{
    return segment.targets.join(QChar(0x1F));
}

QString ConsistencyIndex::sourceKey(const domain::Segment& segment)
{
    return sourceKey(segment.key, segment.source, segment.sourcePlural);
}

QString ConsistencyIndex::sourceKey(const QString& key, const QString& source, const QString& sourcePlural)
{
    const qsizetype context = key.indexOf(QChar(0x0004));
    return (context >= 0 ? key.left(context) : QString()) + QChar(0x1E) + source + QChar(0x1F) + sourcePlural;
}

QString ConsistencyIndex::translationForm(const QStringList& targets)
{
    QStringList forms;
    forms.reserve(targets.size());
    for (const QString& t : targets)
        forms.append(t.simplified());
    return forms.join(QChar(0x1F));
}

QString ConsistencyIndex::normalized(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if ((c == QLatin1Char('&') || c == QLatin1Char('_')) && i + 1 < text.size() && text.at(i + 1).isLetter())
            continue; // accelerator
        out += c;
    }
    out = out.toCaseFolded().simplified();
    while (!out.isEmpty() && (out.back().isPunct() || TextScan::isSpace(out.back())))
        out.chop(1);
    return out;
}

void ConsistencyIndex::add(const domain::Segment& segment)
{
    remove(segment.id);
    if (!counts(segment))
        return;
    Entry entry;
    entry.key = segment.key;
    entry.sourceKey = sourceKey(segment);
    entry.source = segment.source;
    entry.normalizedSource = normalized(segment.source + QChar(0x1F) + segment.sourcePlural);
    entry.target = targetText(segment);
    entry.normalizedTarget = normalized(entry.target);
    m_bySource[entry.sourceKey].append(segment.id);
    if (!entry.normalizedTarget.isEmpty())
        m_byTarget[entry.normalizedTarget].append(segment.id);
    m_entries.insert(segment.id, entry);
}

void ConsistencyIndex::remove(const QString& segmentId)
{
    const auto it = m_entries.constFind(segmentId);
    if (it == m_entries.cend())
        return;
    auto drop = [&](QHash<QString, QList<QString>>& map, const QString& key) {
        auto found = map.find(key);
        if (found == map.end())
            return;
        found->removeOne(segmentId);
        if (found->isEmpty())
            map.erase(found);
    };
    drop(m_bySource, it->sourceKey);
    drop(m_byTarget, it->normalizedTarget);
    m_entries.erase(it);
}

QList<ConsistencyIndex::Other> ConsistencyIndex::otherTranslations(const domain::Segment& segment) const
{
    QList<Other> others;
    if (!counts(segment))
        return others;
    QSet<QString> seen{translationForm(segment.targets)};
    for (const QString& id : m_bySource.value(sourceKey(segment))) {
        if (id == segment.id)
            continue;
        const Entry& e = m_entries[id];
        const QString form = translationForm(e.target.split(QChar(0x1F)));
        if (seen.contains(form))
            continue;
        seen.insert(form);
        others.append(Other{id, e.key, e.target, {}, 0});
    }
    return others;
}

QList<ConsistencyIndex::Other> ConsistencyIndex::otherSources(const domain::Segment& segment) const
{
    QList<Other> others;
    if (!counts(segment))
        return others;
    const QString target = normalized(targetText(segment));
    if (target.isEmpty())
        return others;
    QSet<QString> seen{normalized(segment.source + QChar(0x1F) + segment.sourcePlural)};
    for (const QString& id : m_byTarget.value(target)) {
        if (id == segment.id)
            continue;
        const Entry& e = m_entries[id];
        if (seen.contains(e.normalizedSource))
            continue;
        seen.insert(e.normalizedSource);
        others.append(Other{id, e.key, e.source, {}, 0});
    }
    return others;
}

} // namespace tessera::qa
