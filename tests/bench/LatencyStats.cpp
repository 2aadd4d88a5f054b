#include "LatencyStats.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tessera::bench {

double LatencyStats::total() const
{
    return std::accumulate(m_samples.begin(), m_samples.end(), 0.0);
}

double LatencyStats::quantile(double q)
{
    if (m_samples.empty())
        return 0;
    std::sort(m_samples.begin(), m_samples.end());
    const auto rank = std::size_t(std::ceil(q * double(m_samples.size())));
    return m_samples[std::clamp<std::size_t>(rank, 1, m_samples.size()) - 1];
}

} // namespace tessera::bench
