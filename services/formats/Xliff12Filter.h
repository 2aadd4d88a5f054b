// Xliff12Filter: XLIFF 1.2 (and 1.0/1.1, as po2xliff writes them): trans-units, seg-source segments and
// gettext plural groups as segments, alt-trans as translation candidates; see Xliff12Reader.h for
// keys and states and XliffScanner.h for how inline codes look in segment text.
#pragma once

#include "Filter.h"

namespace tessera::formats {

class Xliff12Filter : public Filter {
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
    domain::Result<void> writeTo(QIODevice& out, const QByteArray& original, SegmentSource& segments,
                                 const QString& fileName, const QString& language) const override;
    // write(), and a <file> naming another target language than `language` gets `language` once edited.
    domain::Result<QByteArray> writeDocument(const QByteArray& original, const QList<domain::Segment>& segments,
                                             const QString& fileName, const QString& language) const override;
    bool writesStreamed() const override { return true; }
    domain::Result<QByteArray> create(const ParsedDocument& document, const QString& fileName) const override;

    // The XLIFF major version the head of a file declares: 1, 2, or 0 when it is no XLIFF.
    static int xliffVersion(const QByteArray& head);
};

} // namespace tessera::formats
