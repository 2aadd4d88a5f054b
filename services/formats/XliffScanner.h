// XliffScanner: the XmlPull walk both XLIFF parsers share: the byte range of every token, segment
// content read into Tessera's inline-code text, element spans for splicing, and errors.
//
// Inline codes. A segment's source or target is the element's content with character data decoded
// (&amp; → &) and every child element kept as the XML markup it was written with: `<g id="1">bold</g>`,
// `<x id="2"/>`, `<ph id="1" dataRef="d1"/>`, `<pc id="1">…</pc>`, so the editor's placeable
// tokenizer sees them as tags. Text inside a container code that holds translatable text (1.2 g,
// mrk, sub; 2.x pc, mrk) is decoded like the rest; the content of a 1.2 native-code element (bpt, ept,
// ph, it) is copied as written, entities and all, since it is markup of the original format.
// Comments and processing instructions inside a segment are kept as written. Plain text that looks
// like a tag (`&lt;x/&gt;` in the file) reads the same as the tag: that is the price of the form.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "XmlPosition.h"
#include "XmlPull.h"
#include "domain/Result.h"

namespace tessera::formats {

enum class XliffVersion { V1, V2 };

// Where an element is in the file, in byte offsets into its UTF-8 text: [tagBegin, tagEnd) is its
// start tag, [tagEnd, contentEnd) its content and [contentEnd, end) its end tag (empty for <x/>).
struct XliffSpan {
    qsizetype tagBegin = -1;
    qsizetype tagEnd = -1;
    qsizetype contentEnd = -1;
    qsizetype end = -1;

    bool isValid() const { return tagBegin >= 0; }
    bool selfClosing() const { return end == tagEnd; }
};

// A <mrk mtype="seg"> of a 1.2 seg-source or target.
struct XliffMarker {
    QString mid;
    QString text; // inline-code text of its content
    XliffSpan span;
};

class XliffScanner {
public:
    // `text` (UTF-8, see utf8()) must outlive the scanner: spans and views point into it.
    XliffScanner(const QByteArray& text, const QString& fileName, const QString& format);

    // The file as UTF-8: UTF-8 files (with or without BOM) as they are, UTF-16 files (with BOM)
    // converted; other encodings are refused. Writers write UTF-16 files back with
    // ByteOutput::writeUtf16Like().
    static domain::Result<QByteArray> utf8(const QByteArray& data, const QString& fileName);

    // Whether `text` has more than one element named `name` (local name) at `depth` (the root is 1).
    static bool hasSeveral(const QByteArray& text, QByteArrayView name, int depth);

    // The next token; tokenBegin() is where it starts, offset() where it ends.
    XmlPull::Token next();
    qsizetype tokenBegin() const { return m_reader.tokenBegin(); }
    qsizetype offset() const { return m_reader.tokenEnd(); }
    int depth() const { return m_reader.depth(); } // open elements, the current one included
    QByteArrayView raw() const { return m_reader.raw(); }
    QString slice(qsizetype begin, qsizetype end) const
    {
        return XmlPull::toString(QByteArrayView(m_text).sliced(begin, end - begin));
    }

    // Reads the content of the element the reader is on (at its StartElement) through its end tag
    // as inline-code text; `span` gets its place. When `markers` is given, the top-level
    // <mrk mtype="seg"> elements are also listed (1.2 seg-source and target).
    domain::Result<QString> readContent(XliffVersion version, XliffSpan* span = nullptr,
                                        QList<XliffMarker>* markers = nullptr);
    // Skips the current element (at its StartElement) through its end tag.
    domain::Result<void> skip();

    // An error at the current token or at a given place; the reader's own error when it has one.
    domain::Error errorAt(qint64 line, qint64 column, const QString& message) const;
    domain::Error readerError() const;
    // Line and column (1-based) where the current token starts, and an error there.
    std::pair<qint64, qint64> tokenPosition() const { return m_position.at(tokenBegin()); }
    domain::Error errorAtToken(const QString& message) const;

    XmlPull& reader() { return m_reader; }
    const XmlPull& reader() const { return m_reader; }
    const QByteArray& text() const { return m_text; }
    const QString& fileName() const { return m_fileName; }

private:
    domain::Result<void> readContentInto(XliffVersion version, QByteArray& out, XliffSpan* span,
                                         QList<XliffMarker>* markers);

    const QByteArray& m_text;
    QString m_fileName;
    QString m_format;
    XmlPull m_reader;
    mutable XmlPosition m_position;
};

} // namespace tessera::formats
