// SplitArray: an append-only array whose first part may be read in place from a mapped TM index file
// and whose rest is owned: units added after the index was loaded go to the owned part, and the loaded
// part is never copied onto the heap.
#pragma once

#include <memory>
#include <vector>

#include <QtGlobal>

namespace tessera::tm {

// Elements [0, mappedSize()) are read-only, in memory kept alive by a shared owner (the mapping);
// elements [mappedSize(), size()) are in an owned vector. Either part may be empty. Each element lies
// in one part, so a run of elements appended together (one unit's tokens, one word's characters) is
// contiguous: at() gives its address.
template <typename T> class SplitArray {
public:
    SplitArray() = default;
    explicit SplitArray(std::vector<T> owned)
        : m_owned(std::move(owned))
    {}

    std::size_t size() const { return m_mappedSize + m_owned.size(); }
    bool empty() const { return size() == 0; }
    T operator[](std::size_t i) const { return i < m_mappedSize ? m_mapped[i] : m_owned[i - m_mappedSize]; }
    T back() const { return (*this)[size() - 1]; }
    // The address of element i (i may be size(), or the end of the mapped part, for an empty run).
    const T* at(std::size_t i) const { return i < m_mappedSize ? m_mapped + i : m_owned.data() + (i - m_mappedSize); }

    void push_back(T value) { m_owned.push_back(value); }
    void append(const T* first, const T* last) { m_owned.insert(m_owned.end(), first, last); }

    // Everything owned: `owned` replaces the contents.
    void assign(std::vector<T> owned)
    {
        m_mapped = nullptr;
        m_mappedSize = 0;
        m_keep.reset();
        m_owned = std::move(owned);
    }
    // Everything read in place: `count` elements at `mapped`, which `keep` keeps alive.
    void view(const T* mapped, std::size_t count, std::shared_ptr<const void> keep)
    {
        m_mapped = mapped;
        m_mappedSize = count;
        m_keep = std::move(keep);
        m_owned.clear();
    }

    std::size_t mappedSize() const { return m_mappedSize; }
    // Calls part(data, count) for the mapped part, then the owned part (each only when not empty).
    template <typename F> void forEachPart(F&& part) const
    {
        if (m_mappedSize > 0)
            part(m_mapped, m_mappedSize);
        if (!m_owned.empty())
            part(m_owned.data(), m_owned.size());
    }
    // Heap bytes held (the mapped part is the file's pages, not the heap).
    qsizetype heapBytes() const { return qsizetype(m_owned.capacity() * sizeof(T)); }

private:
    const T* m_mapped = nullptr;
    std::size_t m_mappedSize = 0;
    std::shared_ptr<const void> m_keep;
    std::vector<T> m_owned;
};

} // namespace tessera::tm
