// XmlEvents: a document as the list of what an XML parser reports (elements with namespace and
// attributes, text, comments, processing instructions), from XmlPull and from QXmlStreamReader
// alike, so that tests and fuzzers can hold XmlPull to Qt's reading of the same bytes.
#pragma once

#include <algorithm>
#include <optional>

#include <QStringList>
#include <QXmlStreamReader>

#include "formats/XmlPull.h"

namespace tessera::testsupport {

struct XmlEventList {
    QStringList events;
    bool error = false;
    QString errorMessage;
    bool doctype = false;
};

namespace xmlevents {

inline QString element(const QString& uri, const QString& name, QStringList attributes)
{
    std::sort(attributes.begin(), attributes.end());
    return QStringLiteral("<{%1}%2 %3>").arg(uri, name, attributes.join(QLatin1Char(' ')));
}

// Adjacent text (QXmlStreamReader splits it at references and CDATA sections) is one event.
inline void addText(QStringList& events, QString& pending)
{
    if (!pending.isEmpty())
        events.append(QStringLiteral("T:") + pending);
    pending.clear();
}

// Comments and processing instructions as XmlPull hands them out are raw; XML reads their line
// breaks as \n.
inline QString lines(QByteArrayView raw)
{
    QString text = formats::XmlPull::toString(raw);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

} // namespace xmlevents

inline XmlEventList xmlEvents(QByteArrayView data)
{
    XmlEventList out;
    formats::XmlPull reader(data);
    QString text;
    using Token = formats::XmlPull::Token;
    for (Token token = reader.next(); !reader.atEnd(); token = reader.next()) {
        if (token != Token::Characters)
            xmlevents::addText(out.events, text);
        switch (token) {
        case Token::StartElement: {
            QStringList attributes;
            for (const auto& attribute : reader.attributes()) {
                if (attribute.qualifiedName == "xmlns" || attribute.qualifiedName.startsWith("xmlns:"))
                    continue; // QXmlStreamReader lists declarations apart
                attributes.append(QStringLiteral("{%1}%2=%3")
                                      .arg(formats::XmlPull::toString(attribute.namespaceUri),
                                           formats::XmlPull::toString(attribute.name),
                                           reader.attribute(attribute.qualifiedName)));
            }
            out.events.append(xmlevents::element(formats::XmlPull::toString(reader.namespaceUri()),
                                                 formats::XmlPull::toString(reader.name()), attributes));
            break;
        }
        case Token::EndElement:
            out.events.append(QStringLiteral("</%1>").arg(formats::XmlPull::toString(reader.name())));
            break;
        case Token::Characters:
            if (reader.depth() > 0) // white space around the root is not content
                text += reader.text();
            break;
        case Token::Comment:
            out.events.append(QStringLiteral("C:") + xmlevents::lines(reader.body()));
            break;
        case Token::ProcessingInstruction:
            out.events.append(QStringLiteral("P:%1 %2").arg(formats::XmlPull::toString(reader.piTarget()),
                                                            xmlevents::lines(reader.body())));
            break;
        case Token::Doctype:
            out.doctype = true;
            break;
        default:
            break;
        }
    }
    xmlevents::addText(out.events, text);
    out.error = reader.hasError();
    out.errorMessage = reader.errorString();
    return out;
}

inline XmlEventList qtXmlEvents(const QByteArray& data)
{
    XmlEventList out;
    QXmlStreamReader reader(data);
    reader.setNamespaceProcessing(true);
    QString text;
    int depth = 0;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token != QXmlStreamReader::Characters && token != QXmlStreamReader::EntityReference)
            xmlevents::addText(out.events, text);
        switch (token) {
        case QXmlStreamReader::StartElement: {
            ++depth;
            QStringList attributes;
            for (const auto& attribute : reader.attributes()) {
                attributes.append(QStringLiteral("{%1}%2=%3")
                                      .arg(attribute.namespaceUri().toString(), attribute.name().toString(),
                                           attribute.value().toString()));
            }
            out.events.append(
                xmlevents::element(reader.namespaceUri().toString(), reader.name().toString(), attributes));
            break;
        }
        case QXmlStreamReader::EndElement:
            --depth;
            out.events.append(QStringLiteral("</%1>").arg(reader.name()));
            break;
        case QXmlStreamReader::Characters:
            if (depth > 0)
                text += reader.text();
            break;
        case QXmlStreamReader::Comment:
            out.events.append(QStringLiteral("C:") + reader.text().toString());
            break;
        case QXmlStreamReader::ProcessingInstruction:
            out.events.append(QStringLiteral("P:%1 %2").arg(reader.processingInstructionTarget(),
                                                            reader.processingInstructionData()));
            break;
        case QXmlStreamReader::DTD:
            out.doctype = true;
            break;
        default:
            break;
        }
    }
    xmlevents::addText(out.events, text);
    out.error = reader.hasError();
    out.errorMessage = reader.errorString();
    return out;
}

} // namespace tessera::testsupport
