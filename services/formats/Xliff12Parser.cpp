#include "Xliff12Parser.h"

namespace tessera::formats {

using domain::Result;

namespace {

const QString pluralRestype = QStringLiteral("x-gettext-plurals");

bool isNo(QStringView value)
{
    return value == u"no";
}

} // namespace

Xliff12Parser::Xliff12Parser(const QString& text, const QString& fileName)
    : m_scanner(text, fileName, QStringLiteral("XLIFF"))
{}

bool Xliff12Parser::isXliff() const
{
    return m_scanner.reader().namespaceUri() == m_namespace;
}

Result<void> Xliff12Parser::readRoot()
{
    auto& reader = m_scanner.reader();
    const QString name = reader.name().toString();
    if (name != QLatin1StringView("xliff"))
        return std::unexpected(
            m_scanner.errorAtToken(QStringLiteral("not an XLIFF file: the root element is <%1>").arg(name)));
    const QString version = reader.attributes().value(QLatin1StringView("version")).toString();
    m_namespace = reader.namespaceUri().toString();
    if (version.startsWith(QLatin1StringView("2.")) || m_namespace.contains(QLatin1StringView("xliff:document:2"))) {
        return std::unexpected(m_scanner.errorAtToken(
            QStringLiteral("this is an XLIFF %1 file; the XLIFF 1.2 filter reads versions 1.0 to 1.2").arg(version)));
    }
    if (version != u"1.0" && version != u"1.1" && version != u"1.2")
        return std::unexpected(m_scanner.errorAtToken(QStringLiteral("unsupported XLIFF version \"%1\"").arg(version)));
    if (!m_namespace.isEmpty() && !m_namespace.startsWith(QLatin1StringView("urn:oasis:names:tc:xliff:document:1.")))
        return std::unexpected(
            m_scanner.errorAtToken(QStringLiteral("unknown XLIFF namespace \"%1\"").arg(m_namespace)));
    return {};
}

Result<QList<Xliff12Entry>> Xliff12Parser::parse()
{
    auto& reader = m_scanner.reader();
    QList<Xliff12Entry> entries;
    // Entries are large: growing the list would move them all again and again.
    entries.reserve(m_scanner.text().count(QLatin1StringView("<trans-unit")) + 1);
    QList<Group> groups; // open elements inside <xliff>
    bool inRoot = false;
    bool rootDone = false;
    qsizetype plural = -1; // index of the open plural group's entry
    int pluralLevel = -1;
    while (!reader.atEnd()) {
        const auto token = m_scanner.next();
        if (reader.hasError())
            return std::unexpected(m_scanner.readerError());
        if (token == QXmlStreamReader::DTD) {
            if (auto dtd = m_scanner.checkDtd(); !dtd)
                return std::unexpected(dtd.error());
            continue;
        }
        if (token == QXmlStreamReader::EndElement) {
            if (groups.isEmpty()) {
                inRoot = false;
                rootDone = true;
                continue;
            }
            if (groups.size() - 1 == pluralLevel) {
                plural = -1;
                pluralLevel = -1;
            }
            groups.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (auto deep = m_scanner.checkDepth(); !deep)
            return std::unexpected(deep.error());
        if (!inRoot) {
            if (rootDone)
                return std::unexpected(m_scanner.errorAtToken(QStringLiteral("a second root element")));
            if (auto root = readRoot(); !root)
                return std::unexpected(root.error());
            inRoot = true;
            continue;
        }
        const auto name = reader.name();
        const QXmlStreamAttributes attributes = reader.attributes();
        const bool parentLocked = !groups.isEmpty() && groups.last().locked;
        Group group;
        group.locked = parentLocked || isNo(attributes.value(QLatin1StringView("translate")));
        if (!isXliff()) {
            if (auto skipped = m_scanner.skip(); !skipped)
                return std::unexpected(skipped.error());
            continue;
        }
        if (name == u"file") {
            if (!groups.isEmpty())
                return std::unexpected(m_scanner.errorAtToken(QStringLiteral("<file> inside another element")));
            if (m_fileCount == 0) {
                m_sourceLanguage = attributes.value(QLatin1StringView("source-language")).toString();
                m_targetLanguage = attributes.value(QLatin1StringView("target-language")).toString();
            }
            ++m_fileCount;
            m_original = attributes.value(QLatin1StringView("original")).toString();
            groups.append(group);
        } else if (name == u"body") {
            groups.append(group);
        } else if (name == u"group") {
            if (plural < 0 && attributes.value(QLatin1StringView("restype")) == pluralRestype) {
                Xliff12Entry entry;
                entry.plural = true;
                entry.groupId = attributes.value(QLatin1StringView("id")).toString();
                entry.groupResname = attributes.value(QLatin1StringView("resname")).toString();
                entry.groupApproved = attributes.value(QLatin1StringView("approved")).toString();
                entry.groupSpan.tagBegin = m_scanner.tokenBegin();
                entry.groupSpan.tagEnd = m_scanner.offset();
                std::tie(entry.line, entry.column) = m_scanner.tokenPosition();
                entries.append(entry);
                plural = entries.size() - 1;
                pluralLevel = int(groups.size());
                group.plural = true;
            }
            groups.append(group);
        } else if (name == u"trans-unit") {
            Xliff12Unit unit;
            if (auto read = readUnit(unit, group.locked); !read)
                return std::unexpected(read.error());
            if (plural >= 0) {
                entries[plural].units.append(std::move(unit));
            } else {
                Xliff12Entry entry;
                entry.line = unit.line;
                entry.column = unit.column;
                entry.units.append(std::move(unit));
                entries.append(std::move(entry));
            }
        } else if (plural >= 0 && name == u"note") {
            auto note = readNote();
            if (!note)
                return std::unexpected(note.error());
            entries[plural].notes.append(*note);
        } else if (plural >= 0 && name == u"context-group") {
            auto location = readLocation(m_original);
            if (!location)
                return std::unexpected(location.error());
            if (!location->isEmpty())
                entries[plural].locations.append(*location);
        } else {
            if (auto skipped = m_scanner.skip(); !skipped)
                return std::unexpected(skipped.error());
        }
    }
    if (reader.hasError())
        return std::unexpected(m_scanner.readerError());
    if (!rootDone)
        return std::unexpected(m_scanner.error(QStringLiteral("not an XLIFF file: no <xliff> element")));
    return entries;
}

Result<void> Xliff12Parser::readUnit(Xliff12Unit& unit, bool locked)
{
    auto& reader = m_scanner.reader();
    const QXmlStreamAttributes attributes = reader.attributes();
    std::tie(unit.line, unit.column) = m_scanner.tokenPosition();
    unit.id = attributes.value(QLatin1StringView("id")).toString();
    unit.resname = attributes.value(QLatin1StringView("resname")).toString();
    unit.restype = attributes.value(QLatin1StringView("restype")).toString();
    unit.approved = attributes.value(QLatin1StringView("approved")).toString();
    unit.locked = locked;
    unit.fileIndex = m_fileCount - 1;
    unit.fileOriginal = m_original;
    unit.prefix = reader.prefix().toString();
    unit.unitSpan.tagBegin = m_scanner.tokenBegin();
    unit.unitSpan.tagEnd = m_scanner.offset();
    if (attributes.value(QLatin1StringView("size-unit")) == u"char")
        unit.maxLength = qMax(0, attributes.value(QLatin1StringView("maxwidth")).toInt());
    bool hasSource = false;
    while (!reader.atEnd()) {
        const auto token = m_scanner.next();
        if (reader.hasError())
            return std::unexpected(m_scanner.readerError());
        if (token == QXmlStreamReader::EndElement) {
            if (!hasSource)
                return std::unexpected(
                    error(unit.line, unit.column, QStringLiteral("trans-unit \"%1\" has no <source>").arg(unit.id)));
            return {};
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (auto deep = m_scanner.checkDepth(); !deep)
            return deep;
        const auto name = reader.name();
        if (!isXliff()) {
            if (auto skipped = m_scanner.skip(); !skipped)
                return skipped;
            continue;
        }
        Result<void> done;
        if (name == u"source" && !hasSource) {
            hasSource = true;
            auto text = m_scanner.readContent(XliffVersion::V1, &unit.sourceSpan);
            if (!text)
                return std::unexpected(text.error());
            unit.source = *text;
        } else if (name == u"seg-source" && !unit.segmented) {
            unit.segmented = true;
            auto text = m_scanner.readContent(XliffVersion::V1, &unit.segSourceSpan, &unit.segSource);
            if (!text)
                return std::unexpected(text.error());
        } else if (name == u"target" && !unit.hasTarget) {
            done = readTarget(unit);
        } else if (name == u"note") {
            auto note = readNote();
            if (!note)
                return std::unexpected(note.error());
            unit.notes.append(*note);
        } else if (name == u"context-group") {
            auto location = readLocation(m_original);
            if (!location)
                return std::unexpected(location.error());
            if (!location->isEmpty())
                unit.locations.append(*location);
        } else if (name == u"alt-trans") {
            done = readAltTrans(unit);
        } else {
            done = m_scanner.skip();
        }
        if (!done)
            return done;
    }
    return std::unexpected(m_scanner.readerError());
}

Result<void> Xliff12Parser::readTarget(Xliff12Unit& unit)
{
    const QXmlStreamAttributes attributes = m_scanner.reader().attributes();
    unit.hasTarget = true;
    unit.state = attributes.value(QLatin1StringView("state")).toString();
    unit.stateQualifier = attributes.value(QLatin1StringView("state-qualifier")).toString();
    auto text =
        m_scanner.readContent(XliffVersion::V1, &unit.targetSpan, unit.segmented ? &unit.targetMarkers : nullptr);
    if (!text)
        return std::unexpected(text.error());
    unit.target = *text;
    return {};
}

Result<void> Xliff12Parser::readAltTrans(Xliff12Unit& unit)
{
    auto& reader = m_scanner.reader();
    const QXmlStreamAttributes attributes = reader.attributes();
    Xliff12AltTrans alt;
    alt.mid = attributes.value(QLatin1StringView("mid")).toString();
    TranslationCandidate& candidate = alt.candidate;
    candidate.origin = attributes.value(QLatin1StringView("origin")).toString();
    QString quality = attributes.value(QLatin1StringView("match-quality")).toString().trimmed();
    if (quality.endsWith(QLatin1Char('%')))
        quality.chop(1);
    bool ok = false;
    const double percent = quality.trimmed().toDouble(&ok);
    if (ok && percent >= 0 && percent <= 100)
        candidate.quality = int(percent + 0.5);
    const QString origin = candidate.origin.toLower();
    candidate.machine = attributes.value(QLatin1StringView("alt-trans-type")) == u"machine-translation" ||
                        origin.contains(QLatin1StringView("machine")) || origin == u"mt" ||
                        origin.startsWith(QLatin1StringView("mt ")) || origin.startsWith(QLatin1StringView("mt-")) ||
                        origin.endsWith(QLatin1StringView(" mt")) || origin.contains(QLatin1StringView("-mt"));
    while (!reader.atEnd()) {
        const auto token = m_scanner.next();
        if (reader.hasError())
            return std::unexpected(m_scanner.readerError());
        if (token == QXmlStreamReader::EndElement) {
            unit.altTrans.append(alt);
            return {};
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (auto deep = m_scanner.checkDepth(); !deep)
            return deep;
        const auto name = reader.name();
        if (isXliff() && (name == u"source" || name == u"target")) {
            const bool isSource = name == u"source";
            auto text = m_scanner.readContent(XliffVersion::V1);
            if (!text)
                return std::unexpected(text.error());
            (isSource ? candidate.source : candidate.target) = *text;
        } else if (auto skipped = m_scanner.skip(); !skipped) {
            return skipped;
        }
    }
    return std::unexpected(m_scanner.readerError());
}

Result<QString> Xliff12Parser::readLocation(const QString& original)
{
    auto& reader = m_scanner.reader();
    QString file;
    QString line;
    while (!reader.atEnd()) {
        const auto token = m_scanner.next();
        if (reader.hasError())
            return std::unexpected(m_scanner.readerError());
        if (token == QXmlStreamReader::EndElement) {
            if (file.isEmpty() && line.isEmpty())
                return QString();
            if (file.isEmpty())
                file = original;
            return line.isEmpty() ? file : file + QLatin1Char(':') + line;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (auto deep = m_scanner.checkDepth(); !deep)
            return std::unexpected(deep.error());
        const QString type = reader.attributes().value(QLatin1StringView("context-type")).toString();
        if (isXliff() && reader.name() == u"context" && (type == u"sourcefile" || type == u"linenumber")) {
            auto text = m_scanner.readContent(XliffVersion::V1);
            if (!text)
                return std::unexpected(text.error());
            (type == u"sourcefile" ? file : line) = text->trimmed();
        } else if (auto skipped = m_scanner.skip(); !skipped) {
            return std::unexpected(skipped.error());
        }
    }
    return std::unexpected(m_scanner.readerError());
}

Result<QString> Xliff12Parser::readNote()
{
    return m_scanner.readContent(XliffVersion::V1);
}

} // namespace tessera::formats
