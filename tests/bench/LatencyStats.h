// LatencyStats: order statistics of a series of per-operation latencies.
#pragma once

#include <vector>

namespace tessera::bench {

class LatencyStats {
public:
    void reserve(std::size_t n) { m_samples.reserve(n); }
    void add(double microseconds) { m_samples.push_back(microseconds); }
    std::size_t count() const { return m_samples.size(); }
    double total() const;
    // The q-quantile (0 < q <= 1) by the nearest-rank method; 0 when there are no samples.
    // Sorts the samples in place.
    double quantile(double q);

private:
    std::vector<double> m_samples;
};

} // namespace tessera::bench
