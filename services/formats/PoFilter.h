// PoFilter: gettext PO and POT files: reads messages as segments, writes targets and fuzzy flags back.
#pragma once

#include "Filter.h"

namespace tessera::formats {

class PoFilter : public Filter {
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
    // A template (POT) or another language's catalog becomes `language`'s catalog (PoWriter).
    domain::Result<QByteArray> writeDocument(const QByteArray& original, const QList<domain::Segment>& segments,
                                             const QString& fileName, const QString& language) const override;
    domain::Result<void> writeTo(QIODevice& out, const QByteArray& original, SegmentSource& segments,
                                 const QString& fileName, const QString& language) const override;
    bool writesStreamed() const override { return true; }
    QString exportName(const QString& name) const override;
    domain::Result<QByteArray> create(const ParsedDocument& document, const QString& fileName) const override;
};

} // namespace tessera::formats
