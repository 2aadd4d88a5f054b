#include "Xliff12Parser.h"

#include <optional>
#include <vector>

namespace tessera::formats {

using domain::Result;
using Token = XmlPull::Token;

namespace {

const QString pluralRestype = QStringLiteral("x-gettext-plurals");

bool isNo(QStringView value)
{
    return value == u"no";
}

} // namespace

Xliff12Parser::Xliff12Parser(const QByteArray& text, const QString& fileName)
    : m_scanner(text, fileName, QStringLiteral("XLIFF"))
    , m_multiFile(XliffScanner::hasSeveral(text, "file", 2))
{}

bool Xliff12Parser::isXliff() const
{
    return m_scanner.reader().namespaceUri() == m_namespace;
}

Result<void> Xliff12Parser::readRoot()
{
    auto& reader = m_scanner.reader();
    const QString name = QString::fromUtf8(reader.qualifiedName());
    if (reader.name() != "xliff")
        return std::unexpected(
            m_scanner.errorAtToken(QStringLiteral("not an XLIFF file: the root element is <%1>").arg(name)));
    const QString version = reader.attribute("version");
    m_namespace = reader.namespaceUri().toByteArray();
    if (version.startsWith(QLatin1StringView("2.")) || m_namespace.contains("xliff:document:2")) {
        return std::unexpected(m_scanner.errorAtToken(
            QStringLiteral("this is an XLIFF %1 file; the XLIFF 1.2 filter reads versions 1.0 to 1.2").arg(version)));
    }
    if (version != u"1.0" && version != u"1.1" && version != u"1.2")
        return std::unexpected(m_scanner.errorAtToken(QStringLiteral("unsupported XLIFF version \"%1\"").arg(version)));
    if (!m_namespace.isEmpty() && !m_namespace.startsWith("urn:oasis:names:tc:xliff:document:1."))
        return std::unexpected(m_scanner.errorAtToken(
            QStringLiteral("unknown XLIFF namespace \"%1\"").arg(QString::fromUtf8(m_namespace))));
    return {};
}

Result<void> Xliff12Parser::parse(const EntryCallback& emit)
{
    auto& reader = m_scanner.reader();
    std::vector<Group> groups; // open elements inside <xliff>
    bool inRoot = false;
    std::optional<Xliff12Entry> plural; // the open plural group
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
        group.locked = (!groups.empty() && groups.back().locked) || isNo(reader.attribute("translate"));
        if (!isXliff()) {
            if (auto skipped = m_scanner.skip(); !skipped)
                return skipped;
            continue;
        }
        if (name == "file") {
            if (!groups.empty())
                return std::unexpected(m_scanner.errorAtToken(QStringLiteral("<file> inside another element")));
            if (m_fileCount == 0) {
                m_sourceLanguage = reader.attribute("source-language");
                m_targetLanguage = reader.attribute("target-language");
            }
            ++m_fileCount;
            m_original = reader.attribute("original");
            m_fileTag.tagBegin = m_scanner.tokenBegin();
            m_fileTag.tagEnd = m_scanner.offset();
            m_fileTargetLanguage = reader.attribute("target-language");
            groups.push_back(group);
        } else if (name == "body") {
            groups.push_back(group);
        } else if (name == "group") {
            if (!plural && reader.attribute("restype") == pluralRestype) {
                Xliff12Entry entry;
                entry.plural = true;
                entry.groupId = reader.attribute("id");
                entry.groupResname = reader.attribute("resname");
                entry.groupApproved = reader.attribute("approved");
                entry.groupSpan.tagBegin = m_scanner.tokenBegin();
                entry.groupSpan.tagEnd = m_scanner.offset();
                std::tie(entry.line, entry.column) = m_scanner.tokenPosition();
                plural = std::move(entry);
                pluralLevel = groups.size();
                group.plural = true;
            }
            groups.push_back(group);
        } else if (name == "trans-unit") {
            Xliff12Unit unit;
            if (auto read = readUnit(unit, group.locked); !read)
                return read;
            if (plural) {
                plural->units.append(std::move(unit));
            } else {
                Xliff12Entry entry;
                entry.line = unit.line;
                entry.column = unit.column;
                entry.units.append(std::move(unit));
                if (auto emitted = emit(std::move(entry)); !emitted)
                    return emitted;
            }
        } else if (plural && name == "note") {
            if (auto note = readNote(plural->notes, plural->translatorComment, plural->translatorNoteSpan, nullptr);
                !note)
                return note;
        } else if (plural && name == "context-group") {
            auto location = readLocation(m_original);
            if (!location)
                return std::unexpected(location.error());
            if (!location->isEmpty())
                plural->locations.append(*location);
        } else if (auto skipped = m_scanner.skip(); !skipped) {
            return skipped;
        }
    }
    return {};
}

Result<void> Xliff12Parser::readUnit(Xliff12Unit& unit, bool locked)
{
    auto& reader = m_scanner.reader();
    std::tie(unit.line, unit.column) = m_scanner.tokenPosition();
    unit.id = reader.attribute("id");
    unit.resname = reader.attribute("resname");
    unit.restype = reader.attribute("restype");
    unit.approved = reader.attribute("approved");
    unit.locked = locked;
    unit.fileIndex = m_fileCount - 1;
    unit.fileOriginal = m_original;
    unit.prefix = QString::fromUtf8(reader.prefix());
    unit.unitSpan.tagBegin = m_scanner.tokenBegin();
    unit.unitSpan.tagEnd = m_scanner.offset();
    if (reader.attribute("size-unit") == u"char")
        unit.maxLength = qMax(0, reader.attribute("maxwidth").toInt());
    bool hasSource = false;
    while (!reader.atEnd()) {
        const auto token = m_scanner.next();
        if (reader.hasError())
            return std::unexpected(m_scanner.readerError());
        if (token == Token::EndElement) {
            if (!hasSource)
                return std::unexpected(
                    error(unit.line, unit.column, QStringLiteral("trans-unit \"%1\" has no <source>").arg(unit.id)));
            return {};
        }
        if (token != Token::StartElement)
            continue;
        const QByteArrayView name = reader.name();
        if (!isXliff()) {
            if (auto skipped = m_scanner.skip(); !skipped)
                return skipped;
            continue;
        }
        Result<void> done;
        if (name == "source" && !hasSource) {
            hasSource = true;
            auto text = m_scanner.readContent(XliffVersion::V1, &unit.sourceSpan);
            if (!text)
                return std::unexpected(text.error());
            unit.source = *text;
        } else if (name == "seg-source" && !unit.segmented) {
            unit.segmented = true;
            auto text = m_scanner.readContent(XliffVersion::V1, &unit.segSourceSpan, &unit.segSource);
            if (!text)
                return std::unexpected(text.error());
        } else if (name == "target" && !unit.hasTarget) {
            done = readTarget(unit);
        } else if (name == "note") {
            done = readNote(unit.notes, unit.translatorComment, unit.translatorNoteSpan, &unit.lastNoteSpan);
        } else if (name == "context-group") {
            auto location = readLocation(m_original, &unit.poCommentSpan);
            if (!location)
                return std::unexpected(location.error());
            if (!location->isEmpty())
                unit.locations.append(*location);
        } else if (name == "alt-trans" && !m_spansOnly) {
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
    auto& reader = m_scanner.reader();
    unit.hasTarget = true;
    unit.state = reader.attribute("state");
    unit.stateQualifier = reader.attribute("state-qualifier");
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
    Xliff12AltTrans alt;
    alt.mid = reader.attribute("mid");
    TranslationCandidate& candidate = alt.candidate;
    candidate.origin = reader.attribute("origin");
    QString quality = reader.attribute("match-quality").trimmed();
    if (quality.endsWith(QLatin1Char('%')))
        quality.chop(1);
    bool ok = false;
    const double percent = quality.trimmed().toDouble(&ok);
    if (ok && percent >= 0 && percent <= 100)
        candidate.quality = int(percent + 0.5);
    const QString origin = candidate.origin.toLower();
    candidate.machine = reader.attribute("alt-trans-type") == u"machine-translation" ||
                        origin.contains(QLatin1StringView("machine")) || origin == u"mt" ||
                        origin.startsWith(QLatin1StringView("mt ")) || origin.startsWith(QLatin1StringView("mt-")) ||
                        origin.endsWith(QLatin1StringView(" mt")) || origin.contains(QLatin1StringView("-mt"));
    while (!reader.atEnd()) {
        const auto token = m_scanner.next();
        if (reader.hasError())
            return std::unexpected(m_scanner.readerError());
        if (token == Token::EndElement) {
            unit.altTrans.append(alt);
            return {};
        }
        if (token != Token::StartElement)
            continue;
        const QByteArrayView name = reader.name();
        if (isXliff() && (name == "source" || name == "target")) {
            const bool isSource = name == "source";
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

Result<QString> Xliff12Parser::readLocation(const QString& original, XliffSpan* poComment)
{
    auto& reader = m_scanner.reader();
    QString file;
    QString line;
    while (!reader.atEnd()) {
        const auto token = m_scanner.next();
        if (reader.hasError())
            return std::unexpected(m_scanner.readerError());
        if (token == Token::EndElement) {
            if (file.isEmpty() && line.isEmpty())
                return QString();
            if (file.isEmpty())
                file = original;
            return line.isEmpty() ? file : file + QLatin1Char(':') + line;
        }
        if (token != Token::StartElement)
            continue;
        const QString type = reader.attribute("context-type");
        if (isXliff() && reader.name() == "context" && (type == u"sourcefile" || type == u"linenumber") &&
            !m_spansOnly) {
            auto text = m_scanner.readContent(XliffVersion::V1);
            if (!text)
                return std::unexpected(text.error());
            (type == u"sourcefile" ? file : line) = text->trimmed();
        } else if (poComment && !poComment->isValid() && isXliff() && reader.name() == "context" &&
                   type == u"x-po-trancomment") {
            if (auto text = m_scanner.readContent(XliffVersion::V1, poComment); !text)
                return std::unexpected(text.error());
        } else if (auto skipped = m_scanner.skip(); !skipped) {
            return std::unexpected(skipped.error());
        }
    }
    return std::unexpected(m_scanner.readerError());
}

Result<void> Xliff12Parser::readNote(QStringList& notes, QString& comment, XliffSpan& commentSpan, XliffSpan* span)
{
    const QString from = m_scanner.reader().attribute("from");
    XliffSpan where;
    auto text = m_scanner.readContent(XliffVersion::V1, &where);
    if (!text)
        return std::unexpected(text.error());
    if (span)
        *span = where;
    if ((from == u"translator" || from == u"po-translator") && !commentSpan.isValid()) {
        comment = *text;
        commentSpan = where;
    } else {
        notes.append(*text);
    }
    return {};
}

} // namespace tessera::formats
