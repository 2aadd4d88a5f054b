#include "FilterRegistry.h"

#include "AndroidFilter.h"
#include "AppleStringsFilter.h"
#include "ArbFilter.h"
#include "Filter.h"
#include "I18nextFilter.h"
#include "JsonFlatFilter.h"
#include "PoFilter.h"
#include "TsFilter.h"
#include "XcstringsFilter.h"
#include "Xliff12Filter.h"
#include "Xliff2Filter.h"

namespace tessera::formats {

FilterRegistry::FilterRegistry()
{
    m_filters.push_back(std::make_unique<AndroidFilter>());
    m_filters.push_back(std::make_unique<PoFilter>());
    m_filters.push_back(std::make_unique<TsFilter>());
    m_filters.push_back(std::make_unique<Xliff12Filter>());
    m_filters.push_back(std::make_unique<Xliff2Filter>());
    m_filters.push_back(std::make_unique<I18nextFilter>());
    m_filters.push_back(std::make_unique<JsonFlatFilter>());
    m_filters.push_back(std::make_unique<ArbFilter>());
    m_filters.push_back(std::make_unique<XcstringsFilter>());
    m_filters.push_back(std::make_unique<AppleStringsFilter>());
}

FilterRegistry::~FilterRegistry() = default;

const Filter* FilterRegistry::detect(const QString& fileName, const QByteArray& head) const
{
    const Filter* best = nullptr;
    int bestConfidence = 0;
    for (const auto& filter : m_filters) {
        const int confidence = filter->detect(fileName, head);
        if (confidence > bestConfidence) {
            best = filter.get();
            bestConfidence = confidence;
        }
    }
    return best;
}

const Filter* FilterRegistry::byId(const QString& id) const
{
    for (const auto& filter : m_filters) {
        if (filter->id() == id)
            return filter.get();
    }
    return nullptr;
}

} // namespace tessera::formats
