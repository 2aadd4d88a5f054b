// Xliff12Unit: one <trans-unit> of an XLIFF 1.2 file as Xliff12Parser reads it, with the places a
// writer splices into, and Xliff12Entry: a unit, or the units of a gettext plural group.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "ParsedDocument.h"
#include "XliffScanner.h"

namespace tessera::formats {

struct Xliff12AltTrans {
    QString mid; // the seg-source <mrk> it is for, empty for the whole unit
    TranslationCandidate candidate;
};

struct Xliff12Unit {
    QString id;
    QString resname;
    QString restype;
    int fileIndex = 0;    // 0-based <file> it is in
    QString fileOriginal; // that file's original attribute
    bool locked = false;  // translate="no" here or on a group or file around it
    int maxLength = 0;    // maxwidth with size-unit="char"
    QStringList notes;    // the notes other than the translator's
    // The first <note from="translator"> (or translate-toolkit's from="po-translator"): the
    // translator comment, and where it is; lastNoteSpan is the last <note> of any kind.
    QString translatorComment;
    XliffSpan translatorNoteSpan;
    XliffSpan lastNoteSpan;
    // translate-toolkit's copy of the comment, <context context-type="x-po-trancomment"> (po2xliff
    // writes both; its xliff2po reads both), kept in step with the note.
    XliffSpan poCommentSpan;
    QStringList locations; // "file:line"
    QString approved;      // the approved attribute, empty if none
    QString state;         // state of <target>, empty if none
    QString stateQualifier;
    QString prefix; // namespace prefix of the XLIFF elements, usually empty

    QString source;
    XliffSpan sourceSpan;
    bool segmented = false; // has <seg-source>
    QList<XliffMarker> segSource;
    XliffSpan segSourceSpan;

    bool hasTarget = false;
    QString target;
    XliffSpan targetSpan;
    QList<XliffMarker> targetMarkers; // <mrk mtype="seg"> of the target, when segmented

    QList<Xliff12AltTrans> altTrans;
    XliffSpan unitSpan; // only tagBegin/tagEnd: the <trans-unit> start tag
    qint64 line = 0;
    qint64 column = 0;
};

struct Xliff12Entry {
    QList<Xliff12Unit> units; // one, or the forms of a plural group in order
    bool plural = false;      // a <group restype="x-gettext-plurals">
    QString groupId;
    QString groupResname;
    XliffSpan groupSpan; // only tagBegin/tagEnd: the <group> start tag
    QString groupApproved;
    QStringList notes; // notes and locations of the plural group itself
    QStringList locations;
    QString translatorComment; // the group's own translator note, as for a unit
    XliffSpan translatorNoteSpan;
    qint64 line = 0;
    qint64 column = 0;
};

} // namespace tessera::formats
