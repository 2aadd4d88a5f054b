#include "Xliff2Parser.h"

#include <optional>
#include <vector>

namespace tessera::formats {

using domain::Result;
using Token = XmlPull::Token;

namespace {

constexpr QByteArrayView matchesNamespace = "urn:oasis:names:tc:xliff:matches:2.0";
constexpr QByteArrayView sizeNamespace = "urn:oasis:names:tc:xliff:sizerestriction:2.0";

struct Group {
    bool locked = false;
};

} // namespace

const QString Xliff2Parser::pluralType = QStringLiteral("x-gettext:plurals");

Xliff2Parser::Xliff2Parser(const QByteArray& text, const QString& fileName)
    : m_scanner(text, fileName, QStringLiteral("XLIFF"))
    , m_multiFile(XliffScanner::hasSeveral(text, "file", 2))
{}

bool Xliff2Parser::isCore() const
{
    return m_scanner.reader().namespaceUri() == m_namespace;
}

Result<void> Xliff2Parser::readRoot()
{
    auto& reader = m_scanner.reader();
    const QString name = QString::fromUtf8(reader.qualifiedName());
    if (reader.name() != "xliff")
        return std::unexpected(
            m_scanner.errorAtToken(QStringLiteral("not an XLIFF file: the root element is <%1>").arg(name)));
    const QString version = reader.attribute("version");
    m_namespace = reader.namespaceUri().toByteArray();
    if (version.startsWith(QLatin1StringView("1.")) || m_namespace.contains("xliff:document:1")) {
        return std::unexpected(m_scanner.errorAtToken(
            QStringLiteral("this is an XLIFF %1 file; the XLIFF 2 filter reads versions 2.0 to 2.2").arg(version)));
    }
    if (version != u"2.0" && version != u"2.1" && version != u"2.2")
        return std::unexpected(m_scanner.errorAtToken(QStringLiteral("unsupported XLIFF version \"%1\"").arg(version)));
    if (m_namespace != "urn:oasis:names:tc:xliff:document:2.0")
        return std::unexpected(m_scanner.errorAtToken(
            QStringLiteral("an XLIFF 2 file needs the namespace urn:oasis:names:tc:xliff:document:2.0, not \"%1\"")
                .arg(QString::fromUtf8(m_namespace))));
    m_sourceLanguage = reader.attribute("srcLang");
    m_targetLanguage = reader.attribute("trgLang");
    m_rootTagBegin = m_scanner.tokenBegin();
    m_rootTagEnd = m_scanner.offset();
    return {};
}

Result<void> Xliff2Parser::parse(const EntryCallback& emit)
{
    auto& reader = m_scanner.reader();
    std::vector<Group> groups;
    bool inRoot = false;
    std::optional<Xliff2Entry> plural; // the open plural group
    size_t pluralLevel = 0;
    for (;;) {
        const Token token = m_scanner.next();
        if (token == Token::Invalid)
            return std::unexpected(m_scanner.readerError());
        if (token == Token::EndDocument)
            break;
        if (token == Token::EndElement) {
            if (groups.empty()) {
                inRoot = false;
                continue;
            }
            if (plural && groups.size() - 1 == pluralLevel) {
                if (auto emitted = emit(std::move(*plural)); !emitted)
                    return emitted;
                plural.reset();
            }
            groups.pop_back();
            continue;
        }
        if (token != Token::StartElement)
            continue;
        if (!inRoot) {
            if (auto root = readRoot(); !root)
                return std::unexpected(root.error());
            inRoot = true;
            continue;
        }
        const QByteArrayView name = reader.name();
        Group group;
        group.locked = (!groups.empty() && groups.back().locked) || reader.attribute("translate") == u"no";
        if (!isCore()) {
            if (auto skipped = m_scanner.skip(); !skipped)
                return skipped;
            continue;
        }
        if (name == "file") {
            if (!groups.empty())
                return std::unexpected(m_scanner.errorAtToken(QStringLiteral("<file> inside another element")));
            ++m_fileCount;
            m_fileId = reader.attribute("id");
            groups.push_back(group);
        } else if (name == "group" && !groups.empty()) {
            if (!plural && reader.attribute("type") == pluralType) {
                Xliff2Entry entry;
                entry.plural = true;
                entry.groupId = reader.attribute("id");
                entry.groupName = reader.attribute("name");
                std::tie(entry.line, entry.column) = m_scanner.tokenPosition();
                plural = std::move(entry);
                pluralLevel = groups.size();
            }
            groups.push_back(group);
        } else if (name == "unit" && !groups.empty()) {
            Xliff2Unit unit;
            if (auto read = readUnit(unit, group.locked); !read)
                return read;
            if (plural) {
                plural->units.append(std::move(unit));
            } else {
                Xliff2Entry entry;
                entry.line = unit.line;
                entry.column = unit.column;
                entry.units.append(std::move(unit));
                if (auto emitted = emit(std::move(entry)); !emitted)
                    return emitted;
            }
        } else if (auto skipped = m_scanner.skip(); !skipped) {
            return skipped;
        }
    }
    return {};
}

Result<void> Xliff2Parser::readUnit(Xliff2Unit& unit, bool locked)
{
    auto& reader = m_scanner.reader();
    std::tie(unit.line, unit.column) = m_scanner.tokenPosition();
    unit.id = reader.attribute("id");
    unit.name = reader.attribute("name");
    unit.fileId = m_fileId;
    unit.locked = locked;
    unit.prefix = QString::fromUtf8(reader.prefix());
    const QString size = reader.attribute(sizeNamespace, "sizeRestriction");
    if (!size.isEmpty())
        unit.maxLength = qMax(0, size.toInt());
    if (unit.id.isEmpty())
        return std::unexpected(error(unit.line, unit.column, QStringLiteral("a <unit> without id")));
    while (!reader.atEnd()) {
        const auto token = m_scanner.next();
        if (reader.hasError())
            return std::unexpected(m_scanner.readerError());
        if (token == Token::EndElement)
            return {};
        if (token != Token::StartElement)
            continue;
        const QByteArrayView name = reader.name();
        Result<void> done;
        if (isCore() && name == "segment")
            done = readSegment(unit);
        else if (isCore() && name == "notes")
            done = readNotes(unit);
        else if (reader.namespaceUri() == matchesNamespace && name == "matches")
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
        if (token == Token::EndElement)
            return {};
        if (token != Token::StartElement)
            continue;
        if (!isCore() || reader.name() != "note") {
            if (auto skipped = m_scanner.skip(); !skipped)
                return skipped;
            continue;
        }
        const QString category = reader.attribute("category");
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
    segment.id = reader.attribute("id");
    segment.state = reader.attribute("state");
    segment.subState = reader.attribute("subState");
    segment.segmentSpan.tagBegin = m_scanner.tokenBegin();
    segment.segmentSpan.tagEnd = m_scanner.offset();
    std::tie(segment.line, segment.column) = m_scanner.tokenPosition();
    bool hasSource = false;
    while (!reader.atEnd()) {
        const auto token = m_scanner.next();
        if (reader.hasError())
            return std::unexpected(m_scanner.readerError());
        if (token == Token::EndElement) {
            if (!hasSource)
                return std::unexpected(
                    error(segment.line, segment.column, QStringLiteral("a segment without <source>")));
            unit.segments.append(std::move(segment));
            return {};
        }
        if (token != Token::StartElement)
            continue;
        const QByteArrayView name = reader.name();
        if (isCore() && name == "source" && !hasSource) {
            hasSource = true;
            auto text = m_scanner.readContent(XliffVersion::V2, &segment.sourceSpan);
            if (!text)
                return std::unexpected(text.error());
            segment.source = *text;
        } else if (isCore() && name == "target" && !segment.hasTarget) {
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
        if (token == Token::EndElement)
            return {};
        if (token != Token::StartElement)
            continue;
        if (reader.namespaceUri() != matchesNamespace || reader.name() != "match") {
            if (auto skipped = m_scanner.skip(); !skipped)
                return skipped;
            continue;
        }
        Xliff2Match match;
        match.ref = reader.attribute("ref");
        TranslationCandidate& candidate = match.candidate;
        candidate.origin = reader.attribute("origin");
        QString quality = reader.attribute("matchQuality");
        if (quality.isEmpty())
            quality = reader.attribute("similarity");
        bool ok = false;
        const double percent = quality.trimmed().toDouble(&ok);
        if (ok && percent >= 0 && percent <= 100)
            candidate.quality = int(percent + 0.5);
        candidate.machine = reader.attribute("type") == u"mt";
        while (!reader.atEnd()) {
            token = m_scanner.next();
            if (reader.hasError())
                return std::unexpected(m_scanner.readerError());
            if (token == Token::EndElement)
                break;
            if (token != Token::StartElement)
                continue;
            const QByteArrayView name = reader.name();
            if (isCore() && (name == "source" || name == "target")) {
                const bool isSource = name == "source";
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
