// JsonKeyFilter: what i18next and flat key-value JSON share (one file per language).
//
// Pairing: read(file) reads the file as both source and target (source = target text), which is
// right for the source-language file itself. readPair(source, target) takes the sources from the
// source-language file (en.json) and the targets from the translation (de.json); keys only the
// target has come last, flagged Obsolete. write() always writes into the target file: keys and
// plural forms it lacks are inserted next to their siblings in the file's layout.
#pragma once

#include "Filter.h"
#include "JsonKeys.h"

namespace tessera::formats {

class JsonKeyFilter : public Filter {
public:
    QStringList extensions() const override;
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
    // write() into the translation file, or into {"<tag>": {}} when there is none and the source's
    // root is a language's (JsonKeys::newTranslation), else into a new empty one.
    domain::Result<QByteArray> writePair(const QByteArray& source, const QString& sourceName,
                                         const QByteArray& translation, const QList<domain::Segment>& segments,
                                         const QString& translationName, const QString& language) const override;
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

protected:
    explicit JsonKeyFilter(JsonKeys::Mode mode)
        : m_mode(mode)
    {}

private:
    // The language whose plural categories the writers follow: i18next's from the file's name; flat
    // JSON has no plural groups.
    QString pluralLanguage(const QString& fileName) const;

    JsonKeys::Mode m_mode;
};

} // namespace tessera::formats
