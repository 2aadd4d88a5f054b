// AndroidFilter: Android string resources (res/values-xx/strings.xml): <string>, <plurals> and
// <string-array> entries as segments, translations written back into the file.
#pragma once

#include "Filter.h"

namespace tessera::formats {

class AndroidFilter : public Filter {
public:
    QString id() const override;
    QString name() const override;
    QStringList extensions() const override;
    int detect(const QString& fileName, const QByteArray& head) const override;
    // The file alone (AndroidReader::read); pairing with the default file is AndroidReader::readPair.
    domain::Result<ParsedDocument> read(const QByteArray& data, const QString& fileName) const override;
    // Targets spliced in (AndroidWriter::write); inserting missing entries is AndroidWriter::writePair.
    domain::Result<QByteArray> write(const QByteArray& original, const QList<domain::Segment>& segments,
                                     const QString& fileName) const override;
    domain::Result<QByteArray> create(const ParsedDocument& document, const QString& fileName) const override;

    // res/values/strings.xml, "pt-BR" → res/values-pt-rBR/strings.xml ("sr-Latn" → values-b+sr+Latn); a
    // file outside a values folder gets its language before the extension (strings-de.xml).
    QString translationPath(const QString& sourcePath, const QString& language) const override;
    domain::Result<ParsedDocument> readPair(const QByteArray& source, const QString& sourceName,
                                            const QByteArray& translation, const QString& translationName,
                                            const QString& language) const override;
    // readPair streamed (AndroidReader::readPairTo).
    domain::Result<void> readPairTo(SegmentSink& sink, const QByteArray& source, const QString& sourceName,
                                    const QByteArray& translation, const QString& translationName,
                                    const QString& language) const override;
    bool readsPairStreamed() const override { return true; }
    domain::Result<QByteArray> writePair(const QByteArray& source, const QString& sourceName,
                                         const QByteArray& translation, const QList<domain::Segment>& segments,
                                         const QString& translationName, const QString& language) const override;
    // writePair streamed (AndroidStreamWriter); files it cannot stream (errors, a name twice) go
    // through writePair, so that an error says what writePair says.
    domain::Result<void> writePairTo(QIODevice& out, const QByteArray& source, const QString& sourceName,
                                     const QByteArray& translation, SegmentSource& segments,
                                     const QString& translationName, const QString& language) const override;
    bool writesPairStreamed() const override { return true; }

private:
    // The translation file as imported, or a new empty one when there was none, declaring the
    // namespaces the source file's <resources> declares (xmlns:xliff for <xliff:g>).
    static QByteArray translationOrNew(const QByteArray& source, const QByteArray& translation);
};

} // namespace tessera::formats
