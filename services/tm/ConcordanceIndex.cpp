#include "ConcordanceIndex.h"

#include <algorithm>

namespace tessera::tm {

bool ConcordanceIndex::isWordCharacter(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Other_PrivateUse:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

quint32 ConcordanceIndex::add(QStringView source, QStringView target, quint64 payload)
{
    const auto unit = quint32(m_payload.size());
    m_payload.push_back(payload);
    m_removed.push_back(false);
    // The dictionary and the lists are far bigger than the caches, and each word costs a miss or two
    // in each: in passes (hash and prefetch the slots; intern in order and prefetch the lists; prefetch
    // their ends; post), the misses of a unit's words overlap instead of adding up. Ids and postings come out
    // as if each word went through every step in turn.
    m_pending.clear();
    m_pendingChars.clear();
    collect(source, 2 * unit);
    collect(target, 2 * unit + 1);
    for (PendingWord& w : m_pending) {
        w.id = m_dictionary.intern(QStringView(m_pendingChars.data() + w.start, qsizetype(w.size)), w.hash);
        if (w.id >= m_side.size())
            m_side.resize(std::size_t(w.id) + 1);
        __builtin_prefetch(&m_side[w.id]);
    }
    for (const PendingWord& w : m_pending)
        if (!m_side[w.id].empty())
            __builtin_prefetch(&m_side[w.id].back());
    for (const PendingWord& w : m_pending) {
        // Postings of earlier units are all smaller, so only this text's can be the last one.
        std::vector<quint32>& list = m_side[w.id];
        if (list.empty() || list.back() != w.posting) // a word twice in one text is listed once
            list.push_back(w.posting);
    }
    return unit;
}

void ConcordanceIndex::collect(QStringView text, quint32 posting)
{
    forEachWord(text, m_scratch, [&](qsizetype, qsizetype, QStringView key) {
        PendingWord w;
        w.start = m_pendingChars.size();
        w.size = std::size_t(key.size());
        w.hash = WordDictionary::hash(key);
        w.posting = posting;
        m_pendingChars.append(key.utf16(), std::size_t(key.size()));
        m_dictionary.prefetch(w.hash);
        m_pending.push_back(w);
    });
}

void ConcordanceIndex::remove(quint32 unit)
{
    if (unit < m_removed.size())
        m_removed[unit] = true;
}

ConcordanceIndex::List ConcordanceIndex::list(quint32 id) const
{
    List l;
    if (id + 1 < m_mainOffsets.size()) {
        const quint64 start = m_mainOffsets[id];
        l.main = m_mainPostings.at(start);
        l.mainSize = std::size_t(m_mainOffsets[id + 1] - start);
    }
    if (id < m_side.size())
        l.side = &m_side[id];
    return l;
}

void ConcordanceIndex::candidates(const QStringList& keys, Field field, const Visitor& visit) const
{
    if (keys.isEmpty())
        return;
    // The lists of the distinct words, shortest first: the shortest drives, the others are searched.
    std::vector<quint32> ids;
    for (const QString& key : keys) {
        const auto id = m_dictionary.find(key);
        if (!id)
            return;
        if (std::find(ids.begin(), ids.end(), *id) == ids.end())
            ids.push_back(*id);
    }
    std::vector<List> lists;
    for (quint32 id : ids)
        lists.push_back(list(id));
    std::sort(lists.begin(), lists.end(), [](const List& a, const List& b) { return a.size() < b.size(); });
    // Every other list is walked backwards with the driver, so each is read at most once.
    std::vector<std::size_t> ends(lists.size());
    for (std::size_t l = 0; l < lists.size(); ++l)
        ends[l] = lists[l].size();
    auto holds = [&](std::size_t l, quint32 posting) {
        const List& list = lists[l];
        std::size_t low = 0;
        std::size_t high = ends[l];
        while (low < high) { // the first index whose posting is not less than `posting`
            const std::size_t middle = low + (high - low) / 2;
            if (list[middle] < posting)
                low = middle + 1;
            else
                high = middle;
        }
        const bool found = low < ends[l] && list[low] == posting;
        ends[l] = low; // the next postings asked for are smaller
        return found;
    };
    const List& driver = lists.front();
    Candidate pending; // a unit's target posting comes right before its source posting: one report
    bool hasPending = false;
    for (std::size_t i = driver.size(); i-- > 0;) {
        const quint32 posting = driver[i];
        const bool target = (posting & 1) != 0;
        if ((field == Field::Source && target) || (field == Field::Target && !target))
            continue;
        const quint32 unit = posting / 2;
        if (m_removed[unit])
            continue;
        bool all = true;
        for (std::size_t l = 1; all && l < lists.size(); ++l)
            all = holds(l, posting);
        if (!all)
            continue;
        if (hasPending && pending.unit != unit) {
            if (!visit(pending))
                return;
            hasPending = false;
        }
        if (!hasPending) {
            pending = Candidate{unit, m_payload[unit], false, false};
            hasPending = true;
        }
        (target ? pending.inTarget : pending.inSource) = true;
    }
    if (hasPending)
        visit(pending);
}

qsizetype ConcordanceIndex::memoryBytes() const
{
    qsizetype bytes = m_dictionary.memoryBytes() + qsizetype(m_side.capacity() * sizeof(std::vector<quint32>)) +
                      m_mainOffsets.heapBytes() + m_mainPostings.heapBytes();
    for (const auto& list : m_side)
        bytes += qsizetype(list.capacity() * sizeof(quint32));
    return bytes + m_payload.heapBytes() + qsizetype(m_removed.capacity() / 8);
}

} // namespace tessera::tm
