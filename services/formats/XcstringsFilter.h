// XcstringsFilter: Apple String Catalogs (.xcstrings, Xcode 15+): one JSON file holding every
// language. Each key of "strings" is a segment: the source-language stringUnit (or the key) is its
// source, the target language's stringUnit its target, variations/plural/<category> plural forms,
// "comment" its note, extractionState "stale" → Obsolete, shouldTranslate false → Locked.
//
// Languages: Filter::read() and write() have no language argument, so they use the default target
// language: the first (in sorted order) language other than the source language that any entry has.
// languages() lists them all; readLanguage() and writeLanguage() work on a chosen one, and so do
// readPair() and writePair() (the filter is multilingual: import goes language by language, export
// writes every language at once with writeLanguagesTo()).
#pragma once

#include "Filter.h"

namespace tessera::formats {

class XcstringsFilter : public Filter {
public:
    QString id() const override;
    QString name() const override;
    QStringList extensions() const override;
    int detect(const QString& fileName, const QByteArray& head) const override;
    domain::Result<ParsedDocument> read(const QByteArray& data, const QString& fileName) const override;
    domain::Result<QByteArray> write(const QByteArray& original, const QList<domain::Segment>& segments,
                                     const QString& fileName) const override;
    // A catalog as Xcode writes it ("key" : value, two-space indentation, keys of each object
    // sorted, no final line end), keeping the segments' order so that reading it gives them back.
    domain::Result<QByteArray> create(const ParsedDocument& document, const QString& fileName) const override;

    bool isMultilingual() const override { return true; }
    domain::Result<ParsedDocument> readPair(const QByteArray& source, const QString& sourceName,
                                            const QByteArray& translation, const QString& translationName,
                                            const QString& language) const override;
    domain::Result<QByteArray> writePair(const QByteArray& source, const QString& sourceName,
                                         const QByteArray& translation, const QList<domain::Segment>& segments,
                                         const QString& translationName, const QString& language) const override;
    // Streamed (XcstringsStreamReader): entry by entry, in one walk of the catalog. A file that is not
    // one a walk can read exactly ("sourceLanguage" after "strings", no valid catalog) is read whole;
    // one that proves invalid after some segments went out gives readPair's error.
    domain::Result<void> readPairTo(SegmentSink& sink, const QByteArray& source, const QString& sourceName,
                                    const QByteArray& translation, const QString& translationName,
                                    const QString& language) const override;
    bool readsPairStreamed() const override { return true; }
    // Streamed (XcstringsStreamWriter): the catalog copied once, each entry of "strings" edited for
    // every language in turn. A file that is no valid catalog is written (or refused) the default way.
    domain::Result<void> writeLanguagesTo(QIODevice& out, const QByteArray& original, const QString& fileName,
                                          const QList<LanguageSegments>& languages) const override;
    bool writesLanguagesStreamed() const override { return true; }

    // The languages of the catalog other than the source language, sorted.
    domain::Result<QStringList> languages(const QByteArray& data, const QString& fileName) const;
    domain::Result<ParsedDocument> readLanguage(const QByteArray& data, const QString& fileName,
                                                const QString& language) const;
    domain::Result<QByteArray> writeLanguage(const QByteArray& original, const QList<domain::Segment>& segments,
                                             const QString& fileName, const QString& language) const;
};

} // namespace tessera::formats
