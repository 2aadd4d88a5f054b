#include "TmCorpus.h"

#include <algorithm>

#include <QFile>
#include <QRandomGenerator>

namespace tessera::bench {

TmCorpus TmCorpus::load(const QString& path)
{
    TmCorpus corpus;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return corpus;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const qsizetype tab = line.indexOf('\t');
        if (tab <= 0)
            continue;
        corpus.m_sources.append(QString::fromUtf8(line.left(tab)).split(QLatin1Char(' ')));
        corpus.m_targets.append(QString::fromUtf8(line.mid(tab + 1)).split(QLatin1Char(' ')));
        corpus.m_words.append(corpus.m_sources.last());
    }
    return corpus;
}

std::pair<QString, QString> TmCorpus::unit(qint64 i) const
{
    const auto count = qint64(m_sources.size());
    if (i < count)
        return {m_sources[i].join(QLatin1Char(' ')), m_targets[i].join(QLatin1Char(' '))};
    QRandomGenerator random(quint32(i * 2654435761u));
    const int first = random.bounded(int(count));
    QStringList words = m_sources[first];
    if (random.bounded(2) == 0) {
        const QStringList& other = m_sources[random.bounded(int(count))];
        const int cut = random.bounded(int(words.size()));
        const int from = random.bounded(int(other.size()));
        words = words.mid(0, cut) + other.mid(from);
        if (words.isEmpty())
            words = other;
    }
    const int replacements = 1 + random.bounded(3);
    for (int r = 0; r < replacements; ++r)
        words[random.bounded(int(words.size()))] = m_words[random.bounded(int(m_words.size()))];
    return {words.join(QLatin1Char(' ')),
            m_targets[first].join(QLatin1Char(' ')) + QLatin1Char(' ') + QString::number(i)};
}

QString TmCorpus::query(qint64 units, int q) const
{
    QRandomGenerator random(quint32(7919 + q));
    const auto count = int(m_sources.size());
    if (q % 3 == 0)
        return m_sources[random.bounded(count)].join(QLatin1Char(' '));
    QStringList words =
        q % 3 == 1 ? m_sources[random.bounded(count)] : unit(random.bounded(units)).first.split(QLatin1Char(' '));
    const int edits = 1 + random.bounded(2);
    for (int e = 0; e < edits && words.size() > 1; ++e) {
        const QString word = m_words[random.bounded(int(m_words.size()))];
        const int at = random.bounded(int(words.size()));
        switch (random.bounded(3)) {
        case 0:
            words.removeAt(at);
            break;
        case 1:
            words[at] = word;
            break;
        default:
            words.insert(at, word);
            break;
        }
    }
    return words.join(QLatin1Char(' '));
}

QString TmCorpus::concordanceQuery(int q) const
{
    QRandomGenerator random(quint32(104729 + q));
    if (q % 2 == 0)
        return m_words[random.bounded(int(m_words.size()))];
    const QStringList& words = m_sources[random.bounded(int(m_sources.size()))];
    const int at = random.bounded(int(std::max<qsizetype>(1, words.size() - 1)));
    return words.mid(at, 2).join(QLatin1Char(' '));
}

} // namespace tessera::bench
