// TsFilter: Qt Linguist TS files: reads messages as segments, writes translations and their
// unfinished type back.
#pragma once

#include "Filter.h"

namespace tessera::formats {

class TsFilter : public Filter {
public:
    QString id() const override;
    QString name() const override;
    QStringList extensions() const override;
    int detect(const QString& fileName, const QByteArray& head) const override;
    domain::Result<ParsedDocument> read(const QByteArray& data, const QString& fileName) const override;
    domain::Result<void> stream(const QByteArray& data, const QString& fileName, SegmentSink& sink) const override;
    bool writesTranslationsOnly() const override { return true; }
    domain::Result<QByteArray> write(const QByteArray& original, const QList<domain::Segment>& segments,
                                     const QString& fileName) const override;
    // A template (no language in <TS>) that changes says the document's language (TsWriter).
    domain::Result<QByteArray> writeDocument(const QByteArray& original, const QList<domain::Segment>& segments,
                                             const QString& fileName, const QString& language) const override;
    domain::Result<void> writeTo(QIODevice& out, const QByteArray& original, SegmentSource& segments,
                                 const QString& fileName, const QString& language) const override;
    bool writesStreamed() const override { return true; }
    domain::Result<QByteArray> create(const ParsedDocument& document, const QString& fileName) const override;
};

} // namespace tessera::formats
