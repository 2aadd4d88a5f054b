// SegmentFilter: which segments of a document the editor grid shows and in what order (SegmentBrowser
// and SegmentIndex apply it), and SegmentRow, a full segment as the grid shows it.
#pragma once

#include <optional>

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include "domain/Segment.h"

namespace tessera::store {

struct SegmentFilter {
    enum class Sort { Order, Key, Length, State }; // Length: of the source, in characters; ties by order

    QList<domain::SegmentState> states; // any of these; empty: every state
    QString text;                       // found in the source (either form) or a target form; empty: any
    bool regex = false;                 // `text` is a Perl-compatible regular expression (\w, \b: any script)
    bool caseSensitive = false;
    bool withComments = false; // only segments that have a comment
    QDateTime changedSince;    // only segments changed at or after it; invalid: any time
    // Only these segment ids, when set: how a service outside the store (QA issues) narrows the view.
    std::optional<QSet<QString>> onlyIds;
    Sort sort = Sort::Order;
    bool descending = false;

    // True when every segment passes (the order may still differ).
    bool passesAll() const
    {
        return states.isEmpty() && text.isEmpty() && !withComments && !changedSince.isValid() && !onlyIds;
    }
    bool operator==(const SegmentFilter&) const = default;
};

// A full segment as the grid shows it.
struct SegmentRow {
    qint64 rowId = 0;
    domain::Segment segment;
    int comments = 0; // comments on the segment
};

} // namespace tessera::store

Q_DECLARE_TYPEINFO(tessera::store::SegmentRow, Q_RELOCATABLE_TYPE);
