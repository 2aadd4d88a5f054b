// Xliff2Parser: streams the units of an XLIFF 2.0–2.2 file (files, nested groups, plural groups)
// out of XmlPull, with the translation-candidates module (mtc:matches), refusing DTD entity
// declarations, absurd nesting and anything that is not well-formed XLIFF 2.
#pragma once

#include <functional>

#include <QByteArray>
#include <QString>

#include "Xliff2Unit.h"
#include "XliffScanner.h"
#include "domain/Result.h"

namespace tessera::formats {

class Xliff2Parser {
public:
    using EntryCallback = std::function<domain::Result<void>(Xliff2Entry&&)>;

    // `text` (UTF-8, see XliffScanner::utf8) must stay alive as long as the parser: spans point into it.
    Xliff2Parser(const QByteArray& text, const QString& fileName);

    // Reads the whole file, handing each entry to `emit` as soon as it is complete, in file order:
    // a unit, or a plural group as one entry. An error from `emit` stops the reading with it.
    domain::Result<void> parse(const EntryCallback& emit);
    // Whether the file has several <file> elements (known before parse(): keys depend on it).
    bool multiFile() const { return m_multiFile; }

    QString sourceLanguage() const { return m_sourceLanguage; }
    QString targetLanguage() const { return m_targetLanguage; }
    // Where the root <xliff …> start tag lies in the text (byte offsets; valid once parsing began).
    qsizetype rootTagBegin() const { return m_rootTagBegin; }
    qsizetype rootTagEnd() const { return m_rootTagEnd; }

    domain::Error error(qint64 line, qint64 column, const QString& message) const
    {
        return m_scanner.errorAt(line, column, message);
    }

    static const QString pluralType; // "x-gettext:plurals"

private:
    bool isCore() const;
    domain::Result<void> readRoot();
    domain::Result<void> readUnit(Xliff2Unit& unit, bool locked);
    domain::Result<void> readNotes(Xliff2Unit& unit);
    domain::Result<void> readSegment(Xliff2Unit& unit);
    domain::Result<void> readMatches(Xliff2Unit& unit);

    XliffScanner m_scanner;
    QByteArray m_namespace;
    QString m_sourceLanguage;
    QString m_targetLanguage;
    qsizetype m_rootTagBegin = -1;
    qsizetype m_rootTagEnd = -1;
    QString m_fileId;
    int m_fileCount = 0;
    bool m_multiFile = false;
};

} // namespace tessera::formats
