// Xliff12Parser: streams the trans-units of an XLIFF 1.0–1.2 file (groups, several <file>s, gettext
// plural groups) out of QXmlStreamReader, refusing DTD entity declarations, absurd nesting and
// anything that is not well-formed XLIFF 1.x.
#pragma once

#include <QList>
#include <QString>

#include "Xliff12Unit.h"
#include "XliffScanner.h"
#include "domain/Result.h"

namespace tessera::formats {

class Xliff12Parser {
public:
    // `text` must stay alive as long as the parser and its entries: spans point into it.
    Xliff12Parser(const QString& text, const QString& fileName);

    // Reads the whole file: its units in file order, plural groups as one entry.
    domain::Result<QList<Xliff12Entry>> parse();

    QString sourceLanguage() const { return m_sourceLanguage; } // of the first <file>
    QString targetLanguage() const { return m_targetLanguage; }
    int fileCount() const { return m_fileCount; }

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
    domain::Result<QString> readLocation(const QString& original);
    domain::Result<QString> readNote();

    XliffScanner m_scanner;
    QString m_namespace;
    QString m_sourceLanguage;
    QString m_targetLanguage;
    QString m_original;
    int m_fileCount = 0;
};

} // namespace tessera::formats
