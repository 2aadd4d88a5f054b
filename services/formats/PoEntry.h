// PoEntry: one message of a PO file as its bytes say it, with where its parts sit in the file.
#pragma once

#include <QByteArray>
#include <QList>

#include <utility>

namespace tessera::formats {

struct PoEntry {
    bool hasContext = false;
    bool plural = false;
    QByteArray msgctxt; // escapes decoded, still in the file's charset
    QByteArray msgid;
    QByteArray msgidPlural;
    QList<QByteArray> msgstr;             // one, or one per msgstr[n]
    QList<int> msgstrLines;               // 1-based line of each msgstr keyword
    QList<QByteArray> flags;              // from the "#," lines, in order
    QList<QByteArray> translatorComments; // one per "# " line, the text after "# " ("#" alone: empty)
    QList<QByteArray> extractedComments;
    QList<QByteArray> references;

    int line = 0;       // 1-based line of the msgctxt or msgid keyword
    int msgstrLine = 0; // 1-based line of the first msgstr keyword
    int lastLine = 0;   // 1-based line of the entry's last string line

    // Byte offsets into the file (BOM included).
    qsizetype commentsBegin = -1; // start of the entry's first comment line, -1 if it has none
    // Each translator comment line, from its first byte to the first byte of the next line.
    QList<std::pair<qsizetype, qsizetype>> translatorCommentLines;
    qsizetype keywordBegin = -1;  // start of the msgctxt/msgid line
    qsizetype previousBegin = -1; // start of the first "#|" line before it, -1 if none
    qsizetype flagsBegin = -1;    // start of the first "#," line, -1 if none
    qsizetype flagsEnd = -1;      // end of that line, before its line terminator
    qsizetype msgstrBegin = -1;   // start of the first msgstr line
    qsizetype msgstrEnd = -1;     // end of the last msgstr string line, before its terminator
    QByteArray eol;               // the terminator of the first msgstr line: "\n" or "\r\n"

    bool isHeader() const { return !hasContext && msgid.isEmpty(); }
    bool isFuzzy() const { return flags.contains(QByteArrayLiteral("fuzzy")); }
};

} // namespace tessera::formats
