// XliffScanner: the QXmlStreamReader walk both XLIFF parsers share: the source range of every token,
// segment content read into Tessera's inline-code text, element spans for splicing, and errors.
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

#include <QList>
#include <QString>
#include <QXmlStreamReader>

#include "domain/Result.h"

namespace tessera::formats {

enum class XliffVersion { V1, V2 };

// Where an element is in the decoded text, in UTF-16 offsets: [tagBegin, tagEnd) is its start tag,
// [tagEnd, contentEnd) its content and [contentEnd, end) its end tag (empty for <x/>).
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
    // `text` must outlive the scanner: spans point into it.
    XliffScanner(const QString& text, const QString& fileName, const QString& format);

    // Decodes an XLIFF file (UTF-8 with or without BOM, UTF-16 with BOM).
    static domain::Result<QString> decode(const QByteArray& data, const QString& fileName);

    // The next token; tokenBegin() is where it starts, offset() where it ends.
    QXmlStreamReader::TokenType next();
    qsizetype tokenBegin() const { return m_tokenBegin; }
    qsizetype offset() const { return m_tokenEnd; }
    int depth() const { return m_depth; } // open elements
    // An error when the element just started is nested deeper than maxDepth.
    domain::Result<void> checkDepth() const;
    QStringView raw() const { return QStringView(m_text).mid(m_tokenBegin, m_tokenEnd - m_tokenBegin); }

    // Reads the content of the element the reader is on (at its StartElement) through its end tag
    // as inline-code text; `span` gets its place. When `markers` is given, the top-level
    // <mrk mtype="seg"> elements are also listed (1.2 seg-source and target).
    domain::Result<QString> readContent(XliffVersion version, XliffSpan* span = nullptr,
                                        QList<XliffMarker>* markers = nullptr);
    // Skips the current element (at its StartElement) through its end tag.
    domain::Result<void> skip();

    // An error at the reader's position or at a given one; the reader's own error when it has one.
    domain::Error error(const QString& message) const;
    domain::Error errorAt(qint64 line, qint64 column, const QString& message) const;
    domain::Error readerError() const;
    // Line and column (1-based) where the current token starts, and an error there.
    std::pair<qint64, qint64> tokenPosition() const;
    domain::Error errorAtToken(const QString& message) const;
    // Checks a DTD token for entity declarations.
    domain::Result<void> checkDtd() const;

    QXmlStreamReader& reader() { return m_reader; }
    const QXmlStreamReader& reader() const { return m_reader; }
    const QString& text() const { return m_text; }
    const QString& fileName() const { return m_fileName; }

    static constexpr int maxDepth = 256; // deeper element nesting is refused

private:
    const QString& m_text;
    QString m_fileName;
    QString m_format;
    QXmlStreamReader m_reader;
    qsizetype m_tokenBegin = 0;
    qsizetype m_tokenEnd = 0;
    int m_depth = 0;
};

} // namespace tessera::formats
