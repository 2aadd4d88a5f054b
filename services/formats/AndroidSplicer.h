// AndroidSplicer: the edits that write one entry's targets into an Android string resource file
// (new content of edited values, plural and string-array items the file lacks), and the whole new
// element for an entry of the default file that the translation file lacks. AndroidWriter applies
// them to the whole file, AndroidStreamWriter entry by entry as it copies the file out.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "AndroidEntry.h"
#include "SegmentSource.h"
#include "domain/Result.h"

namespace tessera::formats {

// [begin, end) of the file's UTF-8 text becomes `text`.
struct AndroidEdit {
    qsizetype begin;
    qsizetype end;
    QString text;
};

class AndroidSplicer {
public:
    // `text`: the translation file as UTF-8 (AndroidParser::decode), alive as long as this;
    // `language`: the file's target language (its folder's, else the document's).
    AndroidSplicer(const QByteArray& text, const QString& fileName, const QString& language);

    // The edits of the entries written so far, in the order they were made (stable-sort by begin
    // to apply them).
    QList<AndroidEdit> edits;

    QString eol() const { return m_eol; }

    // The indentation one level deeper than entries indented by `entryIndent`.
    static QString indentUnit(const QString& entryIndent);

    // Whether the segment has a translation worth inserting (a non-empty target, not New, not Locked).
    static bool translated(const domain::Segment& segment);

    // Adds the edits that write the targets of `entry`'s segments (asked of `segments`) into it.
    // `sourceItems`: the modes of the items of the default file's string-array of the same name
    // (null when it has none), so that items the translation lacks are appended.
    domain::Result<void> writeEntry(const AndroidEntry& entry, SegmentSource& segments,
                                    const QList<AndroidTextMode>* sourceItems, const QString& unit);

    // The element that inserts `source` (an entry of the default file the translation file lacks)
    // indented by `entryIndent`; empty when it is not to be inserted (not translatable, nothing
    // translated, a string-array not translated whole).
    domain::Result<QString> newEntry(const AndroidEntry& source, SegmentSource& segments, const QString& entryIndent,
                                     const QString& unit) const;

    // The item modes of a string-array entry (for writeEntry's `sourceItems`).
    static QList<AndroidTextMode> itemModes(const AndroidEntry& entry);

private:
    domain::Error invalid(qint64 line, qint64 column, const QString& message) const;
    domain::Result<void> setValue(const AndroidValue& value, const QString& wanted, const QString& tag,
                                  const QString& key);
    void appendItems(const AndroidEntry& entry, const QStringList& items, const QString& unit);
    domain::Result<QString> item(const QString& quantity, const QString& text, AndroidTextMode mode, const QString& key,
                                 const AndroidEntry& entry) const;
    domain::Result<void> writePlurals(const AndroidEntry& entry, const domain::Segment& segment, const QString& unit);

    const QByteArray& m_text;
    QString m_fileName;
    QString m_language;
    QString m_eol;
};

} // namespace tessera::formats
