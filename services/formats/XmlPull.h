// XmlPull: a strict, fast pull tokenizer for XML 1.0 with namespaces, over UTF-8 bytes in memory.
//
// QXmlStreamReader needs the file decoded to UTF-16 first and tokenizes at ~50 MB/s; a 100k-unit
// XLIFF file is 50–70 MB, so reading it that way cannot meet the two-second import. XmlPull reads
// the bytes where they lie (no copy, no decoding), hands out views into them, and decodes only what
// a caller asks for. It checks what makes a document well-formed — one root, matching end tags,
// quoted and unique attributes, declared namespace prefixes, valid UTF-8 and XML characters,
// defined entity references, no "--" in comments, no "]]>" in text — and refuses internal DTD
// entity declarations (the "billion laughs"), since it expands only the five predefined entities
// and character references. Positions are byte offsets; XmlPosition turns them into line and column.
#pragma once

#include <vector>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace tessera::formats {

class XmlPull {
public:
    enum class Token {
        None,
        StartDocument, // the XML declaration, when there is one
        Doctype,
        StartElement,
        EndElement,
        Characters, // text or a CDATA section
        Comment,
        ProcessingInstruction,
        EndDocument,
        Invalid, // see errorString() and errorOffset()
    };

    struct Attribute {
        QByteArrayView qualifiedName;
        QByteArrayView prefix;       // empty when unprefixed
        QByteArrayView name;         // local name
        QByteArrayView rawValue;     // between the quotes, as written
        QByteArrayView namespaceUri; // empty for unprefixed attributes
    };

    // `data` must outlive the tokenizer: everything it returns points into it. A UTF-8 byte order
    // mark at the start is skipped.
    explicit XmlPull(QByteArrayView data);

    // With namespace processing off (as QXmlStreamReader::setNamespaceProcessing(false)), a prefix
    // that no xmlns attribute declares is no error: its namespace URI is empty. Formats whose files
    // use prefixes without declaring them (Android's xliff:g) read that way. On by default.
    void setNamespaceProcessing(bool on) { m_namespaceProcessing = on; }

    Token next();
    Token token() const { return m_token; }
    bool atEnd() const { return m_token == Token::EndDocument || m_token == Token::Invalid; }
    bool hasError() const { return m_token == Token::Invalid; }
    const QString& errorString() const { return m_error; }
    qsizetype errorOffset() const { return m_errorOffset; }

    // The bytes of the current token: [tokenBegin, tokenEnd). The end tag of an empty element
    // (<x/>) is empty, at the end of its start tag.
    qsizetype tokenBegin() const { return m_begin; }
    qsizetype tokenEnd() const { return m_end; }
    QByteArrayView raw() const { return m_data.sliced(m_begin, m_end - m_begin); }
    QByteArrayView data() const { return m_data; }
    int depth() const { return int(m_open.size()); } // elements open after this token

    // Of the current start or end element.
    QByteArrayView qualifiedName() const { return m_qualifiedName; }
    QByteArrayView prefix() const { return m_prefix; }
    QByteArrayView name() const { return m_name; }
    QByteArrayView namespaceUri() const { return m_namespaceUri; }
    bool isEmptyElement() const { return m_emptyElement; }
    const std::vector<Attribute>& attributes() const { return m_attributes; }
    // The value of attribute `qualifiedName` with references expanded and white space normalised
    // as XML parsers do; empty when there is no such attribute (see hasAttribute).
    QString attribute(QByteArrayView qualifiedName) const;
    QString attribute(QByteArrayView namespaceUri, QByteArrayView name) const;
    bool hasAttribute(QByteArrayView qualifiedName) const;

    // Of the current Characters token.
    bool isCdata() const { return m_cdata; }
    bool isWhitespace() const;
    // True when the text of this Characters token is exactly its bytes: no CDATA, no reference, no
    // carriage return (what appendText appends is then body()).
    bool isPlainText() const { return m_plainText && !m_cdata; }
    // The text with references expanded and line breaks normalised to \n.
    QString text() const;
    void appendText(QByteArray& out) const;

    // Of a ProcessingInstruction: target and data; of a Comment: its text; of Doctype: the
    // declaration between "<!DOCTYPE" and ">".
    QByteArrayView piTarget() const { return m_name; }
    QByteArrayView body() const { return m_body; }

    static constexpr int maxDepth = 256; // deeper nesting is an error

    // UTF-8 text as a QString, a leading U+FEFF kept (QString::fromUtf8 drops it).
    static QString toString(QByteArrayView utf8);

    // Expands references and normalises line breaks (and, for attributes, white space) in `raw`,
    // which the tokenizer has already checked.
    static void decode(QByteArrayView raw, QByteArray& out, bool attribute);
    // A raw attribute value decoded (references expanded, white space normalised).
    static QString attributeValue(QByteArrayView raw);

private:
    struct Open {
        QByteArrayView qualifiedName;
        qsizetype namespaces; // size of m_namespaces before this element's declarations
    };
    struct Namespace {
        QByteArrayView prefix;
        QByteArray uri; // decoded
    };

    Token fail(qsizetype at, const QString& message);
    Token readMarkup();
    Token readStartTag();
    Token readEndTag();
    Token readCharacters();
    Token readComment();
    Token readCdata();
    Token readProcessingInstruction();
    Token readDoctype();
    Token finishEmptyElement();
    bool readName(qsizetype& at, QByteArrayView& name);
    bool checkReferences(qsizetype begin, qsizetype end);
    bool checkText(qsizetype begin, qsizetype end);
    bool checkControls(qsizetype begin, qsizetype end);
    bool resolve(QByteArrayView qualifiedName, QByteArrayView& prefix, QByteArrayView& local, QByteArrayView& uri,
                 bool attribute, qsizetype at);
    void skipSpace(qsizetype& at) const;

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    Token m_token = Token::None;
    qsizetype m_begin = 0;
    qsizetype m_end = 0;
    QString m_error;
    qsizetype m_errorOffset = -1;

    QByteArrayView m_qualifiedName;
    QByteArrayView m_prefix;
    QByteArrayView m_name;
    QByteArrayView m_namespaceUri;
    QByteArrayView m_body;
    bool m_emptyElement = false;
    bool m_pendingEnd = false; // the end of an empty element comes next
    bool m_cdata = false;
    bool m_plainText = false; // the last text checked held neither references nor CR
    bool m_rootSeen = false;
    bool m_rootDone = false;
    bool m_doctypeSeen = false;
    bool m_namespaceProcessing = true;
    std::vector<Attribute> m_attributes;
    std::vector<Open> m_open;
    std::vector<Namespace> m_namespaces;
};

} // namespace tessera::formats
