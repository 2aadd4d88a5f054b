// FilterRegistry: the file filters Tessera knows, and picking one for a file.
#pragma once

#include <memory>
#include <vector>

#include <QString>

namespace tessera::formats {

class Filter;

class FilterRegistry {
public:
    // All built-in filters.
    FilterRegistry();
    ~FilterRegistry();

    // How many leading bytes of a file detect() looks at.
    static constexpr qsizetype DetectBytes = 4096;

    // The filter most sure about the file (content first, then extension); null if none is.
    const Filter* detect(const QString& fileName, const QByteArray& head) const;
    const Filter* byId(const QString& id) const;
    const std::vector<std::unique_ptr<Filter>>& filters() const { return m_filters; }

private:
    std::vector<std::unique_ptr<Filter>> m_filters;
};

} // namespace tessera::formats
