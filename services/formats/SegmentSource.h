// SegmentSource: the segments a writer writes into a file, asked for by key as the writer meets the
// file's entries, so that a streaming writer never holds the whole document (the store hands them
// over in document order); SegmentList is one over a list, for write() and tests.
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include "domain/Result.h"
#include "domain/Segment.h"

namespace tessera::formats {

class SegmentSource {
public:
    virtual ~SegmentSource() = default;

    // The segment with `key`, or nullptr when there is none (obsolete segments are none): valid until
    // the next call. Keys come mostly in file order, which is the document's order.
    virtual domain::Result<const domain::Segment*> find(const QString& key) = 0;
    // Every segment in order, for writers that write from a list (Filter::writeTo's default).
    virtual domain::Result<QList<domain::Segment>> all() = 0;
};

// One language's document of a multilingual file (a String Catalog): its target language and its
// segments, asked for by key as the writer meets the file's entries.
struct LanguageSegments {
    QString language;
    SegmentSource* segments = nullptr;
};

// A SegmentSource over a list held by the caller (which must outlive it); of equal keys the last one,
// as the writers always took it.
class SegmentList final : public SegmentSource {
public:
    explicit SegmentList(const QList<domain::Segment>& segments);

    domain::Result<const domain::Segment*> find(const QString& key) override;
    domain::Result<QList<domain::Segment>> all() override;

private:
    const QList<domain::Segment>& m_segments;
    QHash<QString, const domain::Segment*> m_byKey;
};

} // namespace tessera::formats
