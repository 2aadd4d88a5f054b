// Segment: one translatable unit of a document, with its context, target forms and state.
#pragma once

#include <QDateTime>
#include <QFlags>
#include <QString>
#include <QStringList>

#include "SegmentState.h"

namespace tessera::domain {

struct SegmentContext {
    QString note;          // developer note
    QStringList locations; // "src/file.cpp:42"
    int maxLength = 0;     // 0: no limit
    QString screenshot;    // path or URL of an attached screenshot

    bool operator==(const SegmentContext&) const = default;
};

enum class SegmentFlag { Locked = 0x1, NeedsWork = 0x2 };
Q_DECLARE_FLAGS(SegmentFlags, SegmentFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(SegmentFlags)

struct Segment {
    QString id;
    QString documentId;
    QString key; // resname, msgctxt|msgid, context…
    int order = 0;
    QString source;
    QString sourcePlural; // empty unless the segment has plural forms
    QStringList targets;  // one entry, or one per plural form of the target language
    SegmentState state = SegmentState::New;
    SegmentContext context;
    SegmentFlags flags;
    qint64 rev = 0;
    QString updatedBy;
    QDateTime updatedAt;

    bool isPlural() const { return !sourcePlural.isEmpty(); }
};

} // namespace tessera::domain
