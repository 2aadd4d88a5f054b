// LlmPrompt: the translation prompt sent to chat models (segments as a numbered JSON array) and the
// robust reading of the JSON array they answer with.
#include "LlmPrompt.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "LanguageTags.h"
#include "ProtocolJson.h"

namespace tessera::mt {

namespace {

// The end of the JSON array starting at `open` ('['), honouring strings and escapes; -1 if unbalanced.
qsizetype arrayEnd(const QString& text, qsizetype open)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = open; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            if (c == u'\\')
                ++i;
            else if (c == u'"')
                inString = false;
            continue;
        }
        if (c == u'"')
            inString = true;
        else if (c == u'[' || c == u'{')
            ++depth;
        else if (c == u']' || c == u'}') {
            if (--depth == 0)
                return c == u']' ? i : -1;
        }
    }
    return -1;
}

// The first JSON array in `text` that parses, after removing code fences around it.
std::optional<QJsonArray> findArray(const QString& text)
{
    for (qsizetype open = text.indexOf(u'['); open >= 0; open = text.indexOf(u'[', open + 1)) {
        const qsizetype end = arrayEnd(text, open);
        if (end < 0)
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.mid(open, end - open + 1).toUtf8(), &error);
        if (error.error == QJsonParseError::NoError && doc.isArray())
            return doc.array();
    }
    return std::nullopt;
}

} // namespace

ProviderLimits LlmPrompt::limits(const ProviderSettings& settings)
{
    ProviderLimits limits;
    limits.maxSegments = settings.extra.value(QStringLiteral("maxSegments"), 40).toInt();
    limits.maxChars = settings.extra.value(QStringLiteral("maxChars"), 6000).toInt();
    limits.acceptsGlossary = true;
    limits.maskStyle = MaskStyle::Brackets;
    return limits;
}

QString LlmPrompt::system(const MtBatch& batch)
{
    const QString source = batch.sourceLanguage.isEmpty() ? QStringLiteral("the source language")
                                                          : LanguageTags::describe(batch.sourceLanguage);
    return QStringLiteral(
               "You are a professional software localization translator. Translate the \"text\" of every item "
               "from %1 to %2. Items may carry the string's \"key\" and a developer \"note\" as context: use "
               "them to choose the right meaning, never translate them. Tokens like [[1]] stand for "
               "placeholders and markup: copy each one unchanged into the translation, where it belongs. When "
               "an item has \"glossary\" entries, translate those source terms with the given target terms. "
               "Answer with only a JSON array of exactly %3 strings: the translations, in the order of the "
               "items, and nothing else.")
        .arg(source, LanguageTags::describe(batch.targetLanguage))
        .arg(batch.segments.size());
}

QString LlmPrompt::user(const MtBatch& batch)
{
    QJsonArray items;
    for (qsizetype i = 0; i < batch.segments.size(); ++i) {
        const MtSegment& segment = batch.segments.at(i);
        QJsonObject item{{QStringLiteral("id"), int(i + 1)}, {QStringLiteral("text"), segment.text}};
        if (!segment.key.isEmpty())
            item.insert(QStringLiteral("key"), segment.key);
        if (!segment.note.isEmpty())
            item.insert(QStringLiteral("note"), segment.note);
        if (!segment.glossary.isEmpty()) {
            QJsonArray glossary;
            for (const GlossaryHint& hint : segment.glossary)
                glossary.append(
                    QJsonObject{{QStringLiteral("source"), hint.source}, {QStringLiteral("target"), hint.target}});
            item.insert(QStringLiteral("glossary"), glossary);
        }
        items.append(item);
    }
    return QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Indented));
}

domain::Result<QStringList> LlmPrompt::parse(const QString& content, qsizetype expected, const QString& field)
{
    const std::optional<QJsonArray> array = findArray(content);
    if (!array)
        return ProtocolJson::replyError(
            field,
            QStringLiteral("holds no JSON array of translations: %1").arg(ProtocolJson::excerpt(content.toUtf8())));
    if (array->size() != expected)
        return ProtocolJson::replyError(
            field, QStringLiteral("holds %1 translations for %2 segments").arg(array->size()).arg(expected));

    QStringList out(expected);
    QList<bool> filled(expected, false);
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QJsonValue item = array->at(i);
        const QString itemField = QStringLiteral("%1[%2]").arg(field).arg(i);
        if (item.isString()) {
            out[i] = item.toString();
            filled[i] = true;
            continue;
        }
        if (!item.isObject())
            return ProtocolJson::replyError(itemField, QStringLiteral("is neither a string nor an object"));
        const QJsonObject object = item.toObject();
        const QJsonValue text = object.contains(QStringLiteral("translation"))
                                    ? object.value(QStringLiteral("translation"))
                                    : object.value(QStringLiteral("text"));
        if (!text.isString())
            return ProtocolJson::replyError(itemField + QStringLiteral(".text"), QStringLiteral("is not a string"));
        qsizetype slot = i;
        if (object.contains(QStringLiteral("id"))) {
            slot = object.value(QStringLiteral("id")).toInteger(-1) - 1;
            if (slot < 0 || slot >= expected)
                return ProtocolJson::replyError(itemField + QStringLiteral(".id"),
                                                QStringLiteral("is not an item number from 1 to %1").arg(expected));
        }
        if (filled[slot])
            return ProtocolJson::replyError(itemField + QStringLiteral(".id"),
                                            QStringLiteral("item %1 is answered twice").arg(slot + 1));
        out[slot] = text.toString();
        filled[slot] = true;
    }
    return out;
}

} // namespace tessera::mt
