// ArbFilter: Flutter Application Resource Bundle (.arb): a JSON object of messages with "@key"
// metadata (description → note) and "@@locale". ICU plural/select messages stay one string.
//
// Pairing as for i18next: read(file) gives source = target text (right for the template,
// app_en.arb); readPair(template, translation) takes sources and descriptions from the template.
// write() writes into the translation; messages it lacks are appended without metadata, as
// Flutter's tooling only reads metadata from the template.
#pragma once

#include "Filter.h"

namespace tessera::formats {

class ArbFilter : public Filter {
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
    QString translationPath(const QString& sourcePath, const QString& language) const override;
    domain::Result<QByteArray> write(const QByteArray& original, const QList<domain::Segment>& segments,
                                     const QString& fileName) const override;
    domain::Result<QByteArray> create(const ParsedDocument& document, const QString& fileName) const override;
    // writePair (write() into the translation file) streamed by JsonStreamWriter; files it cannot
    // stream (see there) go the whole-file way.
    domain::Result<void> writePairTo(QIODevice& out, const QByteArray& source, const QString& sourceName,
                                     const QByteArray& translation, SegmentSource& segments,
                                     const QString& translationName, const QString& language) const override;
    bool writesPairStreamed() const override { return true; }
    // readPair read into the sink as the source file is walked (JsonPairReader); files it cannot
    // read exactly so (see there) are read whole.
    domain::Result<void> readPairTo(SegmentSink& sink, const QByteArray& source, const QString& sourceName,
                                    const QByteArray& translation, const QString& translationName,
                                    const QString& language) const override;
    bool readsPairStreamed() const override { return true; }
};

} // namespace tessera::formats
