// Segment: one translatable unit of a document, with its context, target forms and state.
#pragma once

#include <algorithm>

#include <QDateTime>
#include <QFlags>
#include <QString>
#include <QStringList>
#include <QtCore/qtypeinfo.h>

#include "SegmentState.h"

namespace tessera::domain {

struct SegmentContext {
    QString note;          // developer note
    QStringList locations; // "src/file.cpp:42"
    int maxLength = 0;     // 0: no limit
    QString screenshot;    // path or URL of an attached screenshot

    bool operator==(const SegmentContext&) const = default;
};

// Obsolete: the key is gone from the latest import of its file; the segment and its translation
// are kept, never deleted.
enum class SegmentFlag { Locked = 0x1, NeedsWork = 0x2, Obsolete = 0x4 };
Q_DECLARE_FLAGS(SegmentFlags, SegmentFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(SegmentFlags)

struct Segment {
    QString id;
    QString documentId;
    QString key; // resname, msgctxt|msgid, context…
    int order = 0;
    QString source;
    QString sourcePlural;   // empty unless the segment has plural forms
    QString previousSource; // the source before a re-import changed it (for a diff); empty if unchanged
    QStringList targets;    // one entry, or one per plural form of the target language
    SegmentState state = SegmentState::New;
    SegmentContext context;
    // The translator's own note on this entry, as files carry it (PO "# " lines, TS
    // <translatorcomment>, XLIFF translator notes): owned by Tessera like the target, written back on
    // export. Developer notes stay in context.note.
    QString translatorComment;
    // Where the target came from when no person typed it: "tm:NAME 87%", "mt:PROVIDER", "propagated";
    // empty for a translator's own work. The editor shows it; a person's edit clears it.
    QString origin;
    SegmentFlags flags;
    qint64 rev = 0;
    QString updatedBy;
    QDateTime updatedAt;

    bool isPlural() const { return !sourcePlural.isEmpty(); }
};

// Whether any of a segment's target forms holds text (an untranslated plural may hold empty forms).
inline bool hasText(const QStringList& forms)
{
    return std::any_of(forms.begin(), forms.end(), [](const QString& form) { return !form.isEmpty(); });
}

// The state of targets read from a file that says none (monolingual formats): New when no form
// holds text, Translated when every one does, Draft when some do.
inline SegmentState stateOfTargets(const QStringList& forms)
{
    const auto filled = std::count_if(forms.begin(), forms.end(), [](const QString& form) { return !form.isEmpty(); });
    if (filled == 0)
        return SegmentState::New;
    return filled == forms.size() ? SegmentState::Translated : SegmentState::Draft;
}

} // namespace tessera::domain

// Every member is a Qt value type that moves by memcpy, so QList<Segment> grows by moving bytes
// instead of copying each segment (100k segments read from the store or a file).
Q_DECLARE_TYPEINFO(tessera::domain::SegmentContext, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(tessera::domain::Segment, Q_RELOCATABLE_TYPE);
