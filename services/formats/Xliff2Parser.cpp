#include "Xliff2Parser.h"

namespace tessera::formats {

using domain::Result;

namespace {

const QString matchesNamespace = QStringLiteral("urn:oasis:names:tc:xliff:matches:2.0");
const QString sizeNamespace = QStringLiteral("urn:oasis:names:tc:xliff:sizerestriction:2.0");

struct Group {
    bool locked = false;
};

} // namespace

const QString Xliff2Parser::pluralType = QStringLiteral("x-gettext:plurals");

Xliff2Parser::Xliff2Parser(const QString& text, const QString& fileName)
    : m_scanner(text, fileName, QStringLiteral("XLIFF"))
{}

bool Xliff2Parser::isCore() const
{
    return m_scanner.reader().namespaceUri() == m_namespace;
}

Result<void> Xliff2Parser::readRoot()
{
    auto& reader = m_scanner.reader();
    const QString name = reader.name().toString();
    if (name != QLatin1StringView("xliff"))
        return std::unexpected(
            m_scanner.errorAtToken(QStringLiteral("not an XLIFF file: the root element is <%1>").arg(name)));
    const QXmlStreamAttributes attributes = reader.attributes();
    const QString version = attributes.value(QLatin1StringView("version")).toString();
    m_namespace = reader.namespaceUri().toString();
    if (version.startsWith(QLatin1StringView("1.")) || m_namespace.contains(QLatin1StringView("xliff:document:1"))) {
        return std::unexpected(m_scanner.errorAtToken(
            QStringLiteral("this is an XLIFF %1 file; the XLIFF 2 filter reads versions 2.0 to 2.2").arg(version)));
    }
    if (version != u"2.0" && version != u"2.1" && version != u"2.2")
        return std::unexpected(m_scanner.errorAtToken(QStringLiteral("unsupported XLIFF version \"%1\"").arg(version)));
    if (m_namespace != u"urn:oasis:names:tc:xliff:document:2.0")
        return std::unexpected(m_scanner.errorAtToken(
            QStringLiteral("an XLIFF 2 file needs the namespace urn:oasis:names:tc:xliff:document:2.0, not \"%1\"")
                .arg(m_namespace)));
    m_sourceLanguage = attributes.value(QLatin1StringView("srcLang")).toString();
    m_targetLanguage = attributes.value(QLatin1StringView("trgLang")).toString();
    return {};
}

Result<QList<Xliff2Entry>> Xliff2Parser::parse()
{
    auto& reader = m_scanner.reader();
    QList<Xliff2Entry> entries;
    // Entries are large: growing the list would move them all again and again.
    entries.reserve(m_scanner.text().count(QLatin1StringView("<unit")) + 1);
    QList<Group> groups;
    bool inRoot = false;
    bool rootDone = false;
    qsizetype plural = -1;
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
        Group group;
        group.locked =
            (!groups.isEmpty() && groups.last().locked) || attributes.value(QLatin1StringView("translate")) == u"no";
        if (!isCore()) {
            if (auto skipped = m_scanner.skip(); !skipped)
                return std::unexpected(skipped.error());
            continue;
        }
        if (name == u"file") {
            if (!groups.isEmpty())
                return std::unexpected(m_scanner.errorAtToken(QStringLiteral("<file> inside another element")));
            ++m_fileCount;
            m_fileId = attributes.value(QLatin1StringView("id")).toString();
            groups.append(group);
        } else if (name == u"group" && !groups.isEmpty()) {
            if (plural < 0 && attributes.value(QLatin1StringView("type")) == pluralType) {
                Xliff2Entry entry;
                entry.plural = true;
                entry.groupId = attributes.value(QLatin1StringView("id")).toString();
                entry.groupName = attributes.value(QLatin1StringView("name")).toString();
                std::tie(entry.line, entry.column) = m_scanner.tokenPosition();
                entries.append(entry);
                plural = entries.size() - 1;
                pluralLevel = int(groups.size());
            }
            groups.append(group);
        } else if (name == u"unit" && !groups.isEmpty()) {
            Xliff2Unit unit;
            if (auto read = readUnit(unit, group.locked); !read)
                return std::unexpected(read.error());
            if (plural >= 0) {
                entries[plural].units.append(std::move(unit));
            } else {
                Xliff2Entry entry;
                entry.line = unit.line;
                entry.column = unit.column;
                entry.units.append(std::move(unit));
                entries.append(std::move(entry));
            }
        } else if (auto skipped = m_scanner.skip(); !skipped) {
            return std::unexpected(skipped.error());
        }
    }
    if (reader.hasError())
        return std::unexpected(m_scanner.readerError());
    if (!rootDone)
        return std::unexpected(m_scanner.error(QStringLiteral("not an XLIFF file: no <xliff> element")));
    return entries;
}

Result<void> Xliff2Parser::readUnit(Xliff2Unit& unit, bool locked)
{
    auto& reader = m_scanner.reader();
    const QXmlStreamAttributes attributes = reader.attributes();
    std::tie(unit.line, unit.column) = m_scanner.tokenPosition();
    unit.id = attributes.value(QLatin1StringView("id")).toString();
    unit.name = attributes.value(QLatin1StringView("name")).toString();
    unit.fileId = m_fileId;
    unit.locked = locked;
    unit.prefix = reader.prefix().toString();
    const QString size = attributes.value(sizeNamespace, QLatin1StringView("sizeRestriction")).toString();
    if (!size.isEmpty())
        unit.maxLength = qMax(0, size.toInt());
    if (unit.id.isEmpty())
        return std::unexpected(error(unit.line, unit.column, QStringLiteral("a <unit> without id")));
    while (!reader.atEnd()) {
        const auto token = m_scanner.next();
        if (reader.hasError())
            return std::unexpected(m_scanner.readerError());
        if (token == QXmlStreamReader::EndElement)
            return {};
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (auto deep = m_scanner.checkDepth(); !deep)
            return deep;
        const auto name = reader.name();
        Result<void> done;
        if (isCore() && name == u"segment")
            done = readSegment(unit);
        else if (isCore() && name == u"notes")
            done = readNotes(unit);
        else if (reader.namespaceUri() == matchesNamespace && name == u"matches")
            done = readMatches(unit);
        else
            done = m_scanner.skip(); // ignorable, originalData, other modules: kept as they are
        if (!done)
            return done;
    }
    return std::unexpected(m_scanner.readerError());
}

Result<void> Xliff2Parser::readNotes(Xliff2Unit& unit)
{
    auto& reader = m_scanner.reader();
    while (!reader.atEnd()) {
        const auto token = m_scanner.next();
        if (reader.hasError())
            return std::unexpected(m_scanner.readerError());
        if (token == QXmlStreamReader::EndElement)
            return {};
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (auto deep = m_scanner.checkDepth(); !deep)
            return deep;
        if (!isCore() || reader.name() != u"note") {
            if (auto skipped = m_scanner.skip(); !skipped)
                return skipped;
            continue;
        }
        const QString category = reader.attributes().value(QLatin1StringView("category")).toString();
        auto text = m_scanner.readContent(XliffVersion::V2);
        if (!text)
            return std::unexpected(text.error());
        if (category == u"location")
            unit.locations.append(text->trimmed());
        else if (category.isEmpty() || category == u"description")
            unit.notes.append(*text);
        else
            unit.notes.append(category + QStringLiteral(": ") + *text);
    }
    return std::unexpected(m_scanner.readerError());
}

Result<void> Xliff2Parser::readSegment(Xliff2Unit& unit)
{
    auto& reader = m_scanner.reader();
    Xliff2Segment segment;
    const QXmlStreamAttributes attributes = reader.attributes();
    segment.id = attributes.value(QLatin1StringView("id")).toString();
    segment.state = attributes.value(QLatin1StringView("state")).toString();
    segment.subState = attributes.value(QLatin1StringView("subState")).toString();
    segment.segmentSpan.tagBegin = m_scanner.tokenBegin();
    segment.segmentSpan.tagEnd = m_scanner.offset();
    std::tie(segment.line, segment.column) = m_scanner.tokenPosition();
    bool hasSource = false;
    while (!reader.atEnd()) {
        const auto token = m_scanner.next();
        if (reader.hasError())
            return std::unexpected(m_scanner.readerError());
        if (token == QXmlStreamReader::EndElement) {
            if (!hasSource)
                return std::unexpected(
                    error(segment.line, segment.column, QStringLiteral("a segment without <source>")));
            unit.segments.append(std::move(segment));
            return {};
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (auto deep = m_scanner.checkDepth(); !deep)
            return deep;
        const auto name = reader.name();
        if (isCore() && name == u"source" && !hasSource) {
            hasSource = true;
            auto text = m_scanner.readContent(XliffVersion::V2, &segment.sourceSpan);
            if (!text)
                return std::unexpected(text.error());
            segment.source = *text;
        } else if (isCore() && name == u"target" && !segment.hasTarget) {
            segment.hasTarget = true;
            auto text = m_scanner.readContent(XliffVersion::V2, &segment.targetSpan);
            if (!text)
                return std::unexpected(text.error());
            segment.target = *text;
        } else if (auto skipped = m_scanner.skip(); !skipped) {
            return skipped;
        }
    }
    return std::unexpected(m_scanner.readerError());
}

Result<void> Xliff2Parser::readMatches(Xliff2Unit& unit)
{
    auto& reader = m_scanner.reader();
    while (!reader.atEnd()) {
        auto token = m_scanner.next();
        if (reader.hasError())
            return std::unexpected(m_scanner.readerError());
        if (token == QXmlStreamReader::EndElement)
            return {};
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (auto deep = m_scanner.checkDepth(); !deep)
            return deep;
        if (reader.namespaceUri() != matchesNamespace || reader.name() != u"match") {
            if (auto skipped = m_scanner.skip(); !skipped)
                return skipped;
            continue;
        }
        const QXmlStreamAttributes attributes = reader.attributes();
        Xliff2Match match;
        match.ref = attributes.value(QLatin1StringView("ref")).toString();
        TranslationCandidate& candidate = match.candidate;
        candidate.origin = attributes.value(QLatin1StringView("origin")).toString();
        QString quality = attributes.value(QLatin1StringView("matchQuality")).toString();
        if (quality.isEmpty())
            quality = attributes.value(QLatin1StringView("similarity")).toString();
        bool ok = false;
        const double percent = quality.trimmed().toDouble(&ok);
        if (ok && percent >= 0 && percent <= 100)
            candidate.quality = int(percent + 0.5);
        candidate.machine = attributes.value(QLatin1StringView("type")) == u"mt";
        while (!reader.atEnd()) {
            token = m_scanner.next();
            if (reader.hasError())
                return std::unexpected(m_scanner.readerError());
            if (token == QXmlStreamReader::EndElement)
                break;
            if (token != QXmlStreamReader::StartElement)
                continue;
            if (auto deep = m_scanner.checkDepth(); !deep)
                return deep;
            const auto name = reader.name();
            if (isCore() && (name == u"source" || name == u"target")) {
                const bool isSource = name == u"source";
                auto text = m_scanner.readContent(XliffVersion::V2);
                if (!text)
                    return std::unexpected(text.error());
                (isSource ? candidate.source : candidate.target) = *text;
            } else if (auto skipped = m_scanner.skip(); !skipped) {
                return skipped;
            }
        }
        unit.matches.append(match);
    }
    return std::unexpected(m_scanner.readerError());
}

} // namespace tessera::formats
