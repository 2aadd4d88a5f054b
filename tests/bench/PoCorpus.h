// PoCorpus: realistic gettext PO catalogues of any size for the format benchmarks, laid out as
// msgcat writes them (wrapped at 79 columns), reproducible from a seed.
#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace tessera::bench {

class PoCorpus {
public:
    explicit PoCorpus(quint64 seed)
        : m_seed(seed)
    {}

    // A German catalogue of `entries` messages after the header: msgctxt on 1 in 8, plurals
    // (nplurals=2) on 1 in 10, references on all, extracted comments on 1 in 3, c-format on 1 in 6,
    // long wrapped strings on 1 in 7, German targets on 7 in 10, a fuzzy flag on 1 in 20 of those.
    QByteArray generate(qint64 entries) const;

private:
    quint64 m_seed;
};

} // namespace tessera::bench
