// Xliff2Unit: one <unit> of an XLIFF 2.x file as Xliff2Parser reads it, with its segments and the
// places a writer splices into, and Xliff2Entry: a unit, or the units of a plural group.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "ParsedDocument.h"
#include "XliffScanner.h"

namespace tessera::formats {

struct Xliff2Segment {
    QString id;
    QString state; // state attribute, empty if none
    QString subState;
    QString source;
    XliffSpan sourceSpan;
    bool hasTarget = false;
    QString target;
    XliffSpan targetSpan;
    XliffSpan segmentSpan; // only tagBegin/tagEnd: the <segment> start tag
    qint64 line = 0;
    qint64 column = 0;
};

struct Xliff2Match {
    QString ref; // "#segment-id" or empty
    TranslationCandidate candidate;
};

struct Xliff2Unit {
    QString id;
    QString name;
    QString fileId;
    bool locked = false; // translate="no" here or on a group or file around it
    int maxLength = 0;   // slr:sizeRestriction
    QStringList notes;
    QStringList locations;         // <note category="location">
    QList<Xliff2Segment> segments; // not the ignorables
    QList<Xliff2Match> matches;
    QString prefix; // namespace prefix of the XLIFF elements, usually empty
    qint64 line = 0;
    qint64 column = 0;
};

struct Xliff2Entry {
    QList<Xliff2Unit> units; // one, or the forms of a plural group in order
    bool plural = false;     // a <group type="x-gettext:plurals">
    QString groupId;
    QString groupName;
    qint64 line = 0;
    qint64 column = 0;
};

} // namespace tessera::formats
