// AppleStringsFilter: Apple .strings files (`"key" = "value";` with comments as notes), UTF-8 or
// UTF-16 LE/BE with or without BOM, written back in the file's own encoding.
//
// Pairing as for i18next: read(file) gives source = target text (right for the development
// language's file, en.lproj/Localizable.strings); readPair(source, target) takes sources and notes
// from the source-language file. write() writes into the target file; keys it lacks are appended
// with their note as a comment. create() writes UTF-8 without BOM (what Xcode makes for new files),
// entries separated by a blank line as genstrings lays them out.
#pragma once

#include "Filter.h"

namespace tessera::formats {

class AppleStringsFilter : public Filter {
public:
    QString id() const override;
    QString name() const override;
    QStringList extensions() const override;
    int detect(const QString& fileName, const QByteArray& head) const override;
    domain::Result<ParsedDocument> read(const QByteArray& data, const QString& fileName) const override;
    domain::Result<ParsedDocument> readPair(const QByteArray& sourceData, const QString& sourceFileName,
                                            const QByteArray& targetData, const QString& targetFileName) const;
    // The pair for import (Filter::readPair): the language is the translation file's.
    domain::Result<ParsedDocument> readPair(const QByteArray& source, const QString& sourceName,
                                            const QByteArray& translation, const QString& translationName,
                                            const QString& language) const override;
    // Streamed (AppleStringsStreamReader): the translation file indexed, the source's entries handed
    // over as they are met. Without a source file name (read()'s monolingual case): readPair's way.
    domain::Result<void> readPairTo(SegmentSink& sink, const QByteArray& source, const QString& sourceName,
                                    const QByteArray& translation, const QString& translationName,
                                    const QString& language) const override;
    bool readsPairStreamed() const override { return true; }
    QString translationPath(const QString& sourcePath, const QString& language) const override;
    domain::Result<QByteArray> write(const QByteArray& original, const QList<domain::Segment>& segments,
                                     const QString& fileName) const override;
    domain::Result<QByteArray> create(const ParsedDocument& document, const QString& fileName) const override;
    // Filter::writePair with the entries the translation file lacks appended in the source file's
    // order (the document's, unless it was reordered since).
    domain::Result<QByteArray> writePair(const QByteArray& source, const QString& sourceName,
                                         const QByteArray& translation, const QList<domain::Segment>& segments,
                                         const QString& translationName, const QString& language) const override;
    // writePair() streamed (AppleStringsStreamWriter).
    domain::Result<void> writePairTo(QIODevice& out, const QByteArray& source, const QString& sourceName,
                                     const QByteArray& translation, SegmentSource& segments,
                                     const QString& translationName, const QString& language) const override;
    bool writesPairStreamed() const override { return true; }

    // An entry the translation file lacks, as genstrings lays one out: the segment's note as a
    // comment on a line of its own, then `"key" = "target";` and a line end.
    static QString newEntry(const domain::Segment& segment, const QString& newline);
};

} // namespace tessera::formats
