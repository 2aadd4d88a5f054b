// TmxUnit: what a TMX file holds around the translation-memory units it feeds (header, properties,
// notes), as read by TmxReader and written by TmxWriter.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/TmUnit.h"

namespace tessera::formats {

// The <header> of a TMX file. srcLang is a BCP 47 tag (as LanguageTag spells it) or "*all*".
struct TmxHeader {
    QString version = QStringLiteral("1.4");
    QString creationTool;
    QString creationToolVersion;
    QString segType = QStringLiteral("sentence");
    QString oTmf;
    QString adminLang = QStringLiteral("en");
    QString srcLang;
    QString dataType = QStringLiteral("plaintext");

    friend bool operator==(const TmxHeader&, const TmxHeader&) = default;
};

// A <prop type="…">value</prop> of a translation unit that Tessera has no field for.
struct TmxProperty {
    QString type;
    QString value;

    friend bool operator==(const TmxProperty&, const TmxProperty&) = default;
};

// One source/target pair of a <tu>, with what the TM unit has no field for.
//
// unit.source and unit.target are the text of the <seg> elements: character data as plain text
// (unescaped: "Tom & Jerry"), and the TMX inline elements (bpt, ept, ph, it, hi, ut, sub) as their
// XML markup, their content escaped as in the file: "Click <bpt i=\"1\">&lt;b&gt;</bpt>OK<ept i=\"1\">
// &lt;/b&gt;</ept>". The editor and the TM see those tags as placeables. TmxWriter writes a span of the
// text that is such a well-formed inline element as markup and escapes all else, so a text reads
// back the same.
//
// unit.id is the tuid; unit.creator the creationid (or the changeid when there is no creationid);
// unit.contextKey the <prop type="x-context">; unit.origin the <prop type="x-origin"> (empty when
// the file has none). Dates are UTC and have whole seconds.
struct TmxUnit {
    domain::TmUnit unit;
    QString changeId;
    QDateTime lastUsedAt;
    QList<TmxProperty> properties; // the other <prop>s of the <tu>, in file order
    QStringList notes;             // the <note>s of the <tu>
};

// What a read found besides the units.
struct TmxSummary {
    TmxHeader header;
    qint64 translationUnits = 0; // <tu> elements read
    qint64 units = 0;            // units handed out (one per target language of a <tu>)
    qint64 skipped = 0;          // <tu>s without a <tuv> in the source language or without a target
    bool stopped = false;        // the handler asked to stop
};

} // namespace tessera::formats
