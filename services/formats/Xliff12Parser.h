// Xliff12Parser: streams the trans-units of an XLIFF 1.0–1.2 file (groups, several <file>s, gettext
// plural groups) out of XmlPull, refusing DTD entity declarations, absurd nesting and
// anything that is not well-formed XLIFF 1.x.
#pragma once

#include <functional>

#include <QByteArray>
#include <QString>

#include "Xliff12Unit.h"
#include "XliffScanner.h"
#include "domain/Result.h"

namespace tessera::formats {

class Xliff12Parser {
public:
    using EntryCallback = std::function<domain::Result<void>(Xliff12Entry&&)>;

    // `text` (UTF-8, see XliffScanner::utf8) must stay alive as long as the parser: spans point into it.
    Xliff12Parser(const QByteArray& text, const QString& fileName);

    // Reads the whole file, handing each entry to `emit` as soon as it is complete, in file order:
    // a unit, or a plural group as one entry. An error from `emit` stops the reading with it.
    domain::Result<void> parse(const EntryCallback& emit);
    // For writers: parse() leaves out what only reading needs (source locations, alternative
    // translations), which is a fifth of the work on a file with po2xliff's context groups.
    void setSpansOnly(bool spansOnly) { m_spansOnly = spansOnly; }
    // Whether the file has several <file> elements (known before parse(): keys depend on it).
    bool multiFile() const { return m_multiFile; }

    QString sourceLanguage() const { return m_sourceLanguage; } // of the first <file>
    QString targetLanguage() const { return m_targetLanguage; }
    // During parse(): the start tag of the <file> the entries now handed over belong to, and its
    // target-language (for writers that give it the document's language).
    XliffSpan fileTag() const { return m_fileTag; }
    QString fileTargetLanguage() const { return m_fileTargetLanguage; }

    domain::Error error(qint64 line, qint64 column, const QString& message) const
    {
        return m_scanner.errorAt(line, column, message);
    }

private:
    struct Group {
        bool locked = false;
        bool plural = false;
        bool xliff = true; // an XLIFF element (file, group, body…) rather than an extension's
    };

    bool isXliff() const;
    domain::Result<void> readRoot();
    domain::Result<void> readUnit(Xliff12Unit& unit, bool locked);
    domain::Result<void> readTarget(Xliff12Unit& unit);
    domain::Result<void> readAltTrans(Xliff12Unit& unit);
    // A context-group's "file:line"; `poComment` gets the span of its x-po-trancomment context.
    domain::Result<QString> readLocation(const QString& original, XliffSpan* poComment = nullptr);
    // A <note> into `notes`, or, when it is the first translator note, into `comment` and `commentSpan`.
    domain::Result<void> readNote(QStringList& notes, QString& comment, XliffSpan& commentSpan, XliffSpan* span);

    XliffScanner m_scanner;
    QByteArray m_namespace;
    QString m_sourceLanguage;
    QString m_targetLanguage;
    bool m_spansOnly = false;
    QString m_original;
    XliffSpan m_fileTag;
    QString m_fileTargetLanguage;
    int m_fileCount = 0;
    bool m_multiFile = false;
};

} // namespace tessera::formats
