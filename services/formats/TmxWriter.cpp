#include "TmxWriter.h"

#include <QBuffer>

#include "TmxText.h"

namespace tessera::formats {

using domain::ErrorCode;
using domain::Result;

namespace {

void attribute(QString& out, QStringView name, QStringView value)
{
    if (value.isEmpty())
        return;
    out += u' ';
    out += name;
    out += u"=\"";
    TmxText::appendAttribute(out, value);
    out += u'"';
}

QStringView orDefault(const QString& value, QStringView fallback)
{
    return value.isEmpty() ? fallback : QStringView(value);
}

void property(QString& out, QStringView type, QStringView value)
{
    out += u"      <prop";
    attribute(out, u"type", type);
    out += u'>';
    TmxText::appendEscaped(out, value);
    out += u"</prop>\n";
}

void variant(QString& out, const QString& language, const QString& text)
{
    out += u"      <tuv xml:lang=\"";
    TmxText::appendAttribute(out, language);
    out += u"\">\n        <seg>";
    TmxText::appendSegContent(out, text);
    out += u"</seg>\n      </tuv>\n";
}

} // namespace

TmxWriter::TmxWriter(QIODevice& device, TmxHeader header)
    : m_device(device)
    , m_header(std::move(header))
{}

TmxHeader TmxWriter::defaultHeader(const QString& sourceLanguage)
{
    TmxHeader header;
    header.version = QStringLiteral("1.4");
    header.creationTool = QStringLiteral("Tessera");
    header.creationToolVersion = QStringLiteral("1.0");
    header.oTmf = QStringLiteral("Tessera");
    header.srcLang = sourceLanguage;
    return header;
}

Result<void> TmxWriter::flush(bool always)
{
    if (!always && m_text.size() < 64 * 1024)
        return {};
    const QByteArray bytes = m_text.toUtf8();
    m_text.clear();
    if (m_device.write(bytes) != bytes.size())
        return domain::fail(ErrorCode::Io, QStringLiteral("cannot write the TMX file: %1").arg(m_device.errorString()));
    return {};
}

Result<void> TmxWriter::begin()
{
    if (m_header.srcLang.isEmpty())
        return domain::fail(ErrorCode::InvalidInput, QStringLiteral("a TMX file needs a source language"));
    m_text += u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n  <header";
    attribute(m_text, u"creationtool", orDefault(m_header.creationTool, u"Tessera"));
    attribute(m_text, u"creationtoolversion", m_header.creationToolVersion);
    attribute(m_text, u"segtype", orDefault(m_header.segType, u"sentence"));
    attribute(m_text, u"o-tmf", orDefault(m_header.oTmf, u"Tessera"));
    attribute(m_text, u"adminlang", orDefault(m_header.adminLang, u"en"));
    attribute(m_text, u"srclang", m_header.srcLang);
    attribute(m_text, u"datatype", orDefault(m_header.dataType, u"plaintext"));
    m_text += u"/>\n  <body>\n";
    return flush(false);
}

Result<void> TmxWriter::write(const TmxUnit& entry)
{
    const domain::TmUnit& unit = entry.unit;
    m_text += u"    <tu";
    attribute(m_text, u"tuid", unit.id);
    if (unit.sourceLanguage != m_header.srcLang)
        attribute(m_text, u"srclang", unit.sourceLanguage);
    attribute(m_text, u"creationdate", TmxText::formatDate(unit.createdAt));
    if (unit.creator != entry.changeId || entry.changeId.isEmpty())
        attribute(m_text, u"creationid", unit.creator);
    attribute(m_text, u"changedate", TmxText::formatDate(unit.changedAt));
    attribute(m_text, u"changeid", entry.changeId);
    attribute(m_text, u"lastusagedate", TmxText::formatDate(entry.lastUsedAt));
    if (unit.usageCount > 0)
        attribute(m_text, u"usagecount", QString::number(unit.usageCount));
    m_text += u">\n";
    for (const QString& note : entry.notes) {
        m_text += u"      <note>";
        TmxText::appendEscaped(m_text, note);
        m_text += u"</note>\n";
    }
    if (!unit.contextKey.isEmpty())
        property(m_text, u"x-context", unit.contextKey);
    if (!unit.origin.isEmpty())
        property(m_text, u"x-origin", unit.origin);
    for (const TmxProperty& prop : entry.properties)
        property(m_text, prop.type, prop.value);
    variant(m_text, unit.sourceLanguage, unit.source);
    variant(m_text, unit.targetLanguage, unit.target);
    m_text += u"    </tu>\n";
    return flush(false);
}

Result<void> TmxWriter::write(const domain::TmUnit& unit)
{
    TmxUnit entry;
    entry.unit = unit;
    return write(entry);
}

Result<void> TmxWriter::finish()
{
    m_text += u"  </body>\n</tmx>\n";
    return flush(true);
}

Result<QByteArray> TmxWriter::toBytes(const TmxHeader& header, const QList<TmxUnit>& units)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    TmxWriter writer(buffer, header);
    if (auto ok = writer.begin(); !ok)
        return std::unexpected(ok.error());
    for (const TmxUnit& unit : units) {
        if (auto ok = writer.write(unit); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = writer.finish(); !ok)
        return std::unexpected(ok.error());
    buffer.close();
    return bytes;
}

} // namespace tessera::formats
