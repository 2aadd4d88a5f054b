// Xliff2Parser: streams the units of an XLIFF 2.0–2.2 file (files, nested groups, plural groups)
// out of QXmlStreamReader, with the translation-candidates module (mtc:matches), refusing DTD entity
// declarations, absurd nesting and anything that is not well-formed XLIFF 2.
#pragma once

#include <QList>
#include <QString>

#include "Xliff2Unit.h"
#include "XliffScanner.h"
#include "domain/Result.h"

namespace tessera::formats {

class Xliff2Parser {
public:
    // `text` must stay alive as long as the parser and its entries: spans point into it.
    Xliff2Parser(const QString& text, const QString& fileName);

    domain::Result<QList<Xliff2Entry>> parse();

    QString sourceLanguage() const { return m_sourceLanguage; }
    QString targetLanguage() const { return m_targetLanguage; }
    int fileCount() const { return m_fileCount; }

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
    QString m_namespace;
    QString m_sourceLanguage;
    QString m_targetLanguage;
    QString m_fileId;
    int m_fileCount = 0;
};

} // namespace tessera::formats
