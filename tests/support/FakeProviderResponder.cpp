// FakeProviderResponder: answers one request the way a given MT provider documents it (or with an injected
// fault), after checking method, path, auth header and JSON shape.
#include "FakeProviderResponder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace tessera::test {

namespace {

QByteArray json(const QJsonValue& value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

QString pathOf(const FakeRequest& request)
{
    return QUrl(QString::fromUtf8(request.target)).path();
}

QString queryItem(const FakeRequest& request, const QString& name)
{
    return QUrlQuery(QUrl(QString::fromUtf8(request.target))).queryItemValue(name);
}

// All entries of `value` as strings, or a problem.
QStringList stringArray(const QJsonValue& value, const QString& field, QString& problem)
{
    if (!value.isArray()) {
        problem = field + QStringLiteral(" is not an array");
        return {};
    }
    QStringList out;
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isString()) {
            problem = field + QStringLiteral(" holds a non-string");
            return {};
        }
        out.append(item.toString());
    }
    if (out.isEmpty())
        problem = field + QStringLiteral(" is empty");
    return out;
}

bool requireString(const QJsonObject& body, const QString& field, QString& problem)
{
    if (body.value(field).isString() && !body.value(field).toString().isEmpty())
        return true;
    problem = field + QStringLiteral(" is missing");
    return false;
}

// The texts of an LLM prompt: the last user message's content is the JSON array of items.
QStringList llmTexts(const QString& content, QString& problem)
{
    const qsizetype open = content.indexOf(u'[');
    const QJsonDocument doc = QJsonDocument::fromJson(content.mid(open).toUtf8());
    if (open < 0 || !doc.isArray()) {
        problem = QStringLiteral("the user message holds no JSON array of items");
        return {};
    }
    QStringList out;
    int expectedId = 1;
    for (const QJsonValue& item : doc.array()) {
        const QJsonObject object = item.toObject();
        if (object.value(QStringLiteral("id")).toInt() != expectedId++ ||
            !object.value(QStringLiteral("text")).isString()) {
            problem = QStringLiteral("item %1 has no id %1 or no text").arg(expectedId - 1);
            return {};
        }
        out.append(object.value(QStringLiteral("text")).toString());
    }
    return out;
}

} // namespace

FakeProviderResponder::FakeProviderResponder(QString protocolId, QString key)
    : m_protocol(std::move(protocolId))
    , m_key(std::move(key))
{}

QString FakeProviderResponder::translate(const QString& text)
{
    static const QRegularExpression token(QStringLiteral(R"(<[^>]*>|\[\[\d+\]\]|&[a-z]+;)"));
    QString out;
    qsizetype at = 0;
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        out += text.mid(at, match.capturedStart() - at).toUpper();
        out += match.captured();
        at = match.capturedEnd();
    }
    return out + text.mid(at).toUpper();
}

FakeProviderResponder::Parsed FakeProviderResponder::parse(const FakeRequest& request, QString& problem,
                                                           bool& authFailed) const
{
    QJsonObject body;
    if (request.method == "POST") {
        if (!request.header("content-type").startsWith("application/json")) {
            problem = QStringLiteral("Content-Type is not application/json");
            return {};
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            problem = QStringLiteral("the request body is not a JSON object");
            return {};
        }
        body = doc.object();
    } else if (request.method != "GET") {
        problem = QStringLiteral("method %1 not allowed").arg(QString::fromLatin1(request.method));
        return {};
    }
    if (m_protocol == u"libretranslate")
        return parseLibre(request, body, problem, authFailed);
    if (m_protocol == u"deepl")
        return parseDeepL(request, body, problem, authFailed);
    if (m_protocol == u"google-v2")
        return parseGoogleV2(request, body, problem, authFailed);
    if (m_protocol == u"google-v3")
        return parseGoogleV3(request, body, problem, authFailed);
    if (m_protocol == u"openai")
        return parseOpenAi(request, body, problem, authFailed);
    if (m_protocol == u"anthropic")
        return parseAnthropic(request, body, problem, authFailed);
    problem = QStringLiteral("unknown protocol ") + m_protocol;
    return {};
}

FakeProviderResponder::Parsed FakeProviderResponder::parseLibre(const FakeRequest& request, const QJsonObject& body,
                                                                QString& problem, bool& authFailed) const
{
    const QString path = pathOf(request);
    if (request.method == "GET" && path.endsWith(QStringLiteral("/languages")))
        return {{}, true, false};
    if (request.method != "POST" || !path.endsWith(QStringLiteral("/translate"))) {
        problem = QStringLiteral("no route %1 %2").arg(QString::fromLatin1(request.method), path);
        return {};
    }
    if (!m_key.isEmpty() && body.value(QStringLiteral("api_key")).toString() != m_key) {
        authFailed = true;
        return {};
    }
    Parsed parsed;
    parsed.texts = stringArray(body.value(QStringLiteral("q")), QStringLiteral("q"), problem);
    if (problem.isEmpty() && requireString(body, QStringLiteral("source"), problem) &&
        requireString(body, QStringLiteral("target"), problem)) {
        const QString format = body.value(QStringLiteral("format")).toString(QStringLiteral("text"));
        if (format != u"text" && format != u"html")
            problem = QStringLiteral("format must be text or html");
    }
    return parsed;
}

FakeProviderResponder::Parsed FakeProviderResponder::parseDeepL(const FakeRequest& request, const QJsonObject& body,
                                                                QString& problem, bool& authFailed) const
{
    const QString path = pathOf(request);
    const bool usage = request.method == "GET" && path == u"/v2/usage";
    if (!usage && (request.method != "POST" || path != u"/v2/translate")) {
        problem = QStringLiteral("no route %1 %2").arg(QString::fromLatin1(request.method), path);
        return {};
    }
    if (request.header("authorization") != "DeepL-Auth-Key " + m_key.toUtf8()) {
        authFailed = true;
        return {};
    }
    if (usage)
        return {{}, true, false};
    Parsed parsed;
    parsed.texts = stringArray(body.value(QStringLiteral("text")), QStringLiteral("text"), problem);
    if (parsed.texts.size() > 50)
        problem = QStringLiteral("more than 50 texts");
    if (!problem.isEmpty() || !requireString(body, QStringLiteral("target_lang"), problem))
        return parsed;
    const QString target = body.value(QStringLiteral("target_lang")).toString();
    if (target != target.toUpper() || target == u"EN" || target == u"PT")
        problem = QStringLiteral("target_lang %1 is not a DeepL target language").arg(target);
    else if (body.contains(QStringLiteral("source_lang")) &&
             body.value(QStringLiteral("source_lang")).toString().contains(u'-'))
        problem = QStringLiteral("source_lang must not carry a variant");
    else if (body.value(QStringLiteral("tag_handling")).toString(QStringLiteral("xml")) != u"xml" &&
             body.value(QStringLiteral("tag_handling")).toString() != u"html")
        problem = QStringLiteral("tag_handling must be xml or html");
    else if (body.contains(QStringLiteral("glossary_id")) && !body.contains(QStringLiteral("source_lang")))
        problem = QStringLiteral("glossary_id needs source_lang");
    else if (request.body.size() > 128 * 1024)
        problem = QStringLiteral("request body above 128 KiB");
    parsed.glossary = body.contains(QStringLiteral("glossary_id"));
    return parsed;
}

FakeProviderResponder::Parsed FakeProviderResponder::parseGoogleV2(const FakeRequest& request, const QJsonObject& body,
                                                                   QString& problem, bool& authFailed) const
{
    const QString path = pathOf(request);
    const bool languages = request.method == "GET" && path == u"/language/translate/v2/languages";
    if (!languages && (request.method != "POST" || path != u"/language/translate/v2")) {
        problem = QStringLiteral("no route %1 %2").arg(QString::fromLatin1(request.method), path);
        return {};
    }
    const QString key = request.header("x-goog-api-key").isEmpty()
                            ? queryItem(request, QStringLiteral("key"))
                            : QString::fromUtf8(request.header("x-goog-api-key"));
    if (key != m_key) {
        authFailed = true;
        return {};
    }
    if (languages)
        return {{}, true, false};
    Parsed parsed;
    parsed.texts = stringArray(body.value(QStringLiteral("q")), QStringLiteral("q"), problem);
    if (parsed.texts.size() > 128)
        problem = QStringLiteral("more than 128 text segments");
    if (problem.isEmpty() && requireString(body, QStringLiteral("target"), problem)) {
        const QString format = body.value(QStringLiteral("format")).toString(QStringLiteral("html"));
        if (format != u"text" && format != u"html")
            problem = QStringLiteral("format must be text or html");
    }
    return parsed;
}

FakeProviderResponder::Parsed FakeProviderResponder::parseGoogleV3(const FakeRequest& request, const QJsonObject& body,
                                                                   QString& problem, bool& authFailed) const
{
    static const QRegularExpression translatePath(
        QStringLiteral(R"(^/v3/projects/[^/]+/locations/[^/:]+:translateText$)"));
    static const QRegularExpression languagesPath(
        QStringLiteral(R"(^/v3/projects/[^/]+/locations/[^/:]+/supportedLanguages$)"));
    const QString path = pathOf(request);
    const bool languages = request.method == "GET" && languagesPath.match(path).hasMatch();
    if (!languages && (request.method != "POST" || !translatePath.match(path).hasMatch())) {
        problem = QStringLiteral("no route %1 %2").arg(QString::fromLatin1(request.method), path);
        return {};
    }
    if (request.header("authorization") != "Bearer " + m_key.toUtf8()) {
        authFailed = true;
        return {};
    }
    if (languages)
        return {{}, true, false};
    Parsed parsed;
    parsed.texts = stringArray(body.value(QStringLiteral("contents")), QStringLiteral("contents"), problem);
    if (parsed.texts.size() > 1024)
        problem = QStringLiteral("more than 1024 contents");
    if (problem.isEmpty() && requireString(body, QStringLiteral("targetLanguageCode"), problem)) {
        const QString mime = body.value(QStringLiteral("mimeType")).toString(QStringLiteral("text/html"));
        if (mime != u"text/plain" && mime != u"text/html")
            problem = QStringLiteral("mimeType must be text/plain or text/html");
    }
    if (body.contains(QStringLiteral("glossaryConfig"))) {
        parsed.glossary = true;
        if (!body.value(QStringLiteral("glossaryConfig"))
                 .toObject()
                 .value(QStringLiteral("glossary"))
                 .toString()
                 .contains(QStringLiteral("/glossaries/")))
            problem = QStringLiteral("glossaryConfig.glossary is not a glossary path");
    }
    return parsed;
}

FakeProviderResponder::Parsed FakeProviderResponder::parseOpenAi(const FakeRequest& request, const QJsonObject& body,
                                                                 QString& problem, bool& authFailed) const
{
    static const QRegularExpression azurePath(QStringLiteral(R"(^/openai/deployments/[^/]+/chat/completions$)"));
    const QString path = pathOf(request);
    const bool azure = path.startsWith(QStringLiteral("/openai/"));
    const bool models = request.method == "GET" && (path == u"/v1/models" || path == u"/openai/models");
    const bool chat = request.method == "POST" && (path == u"/v1/chat/completions" || azurePath.match(path).hasMatch());
    if (!models && !chat) {
        problem = QStringLiteral("no route %1 %2").arg(QString::fromLatin1(request.method), path);
        return {};
    }
    if (azure && queryItem(request, QStringLiteral("api-version")).isEmpty()) {
        problem = QStringLiteral("api-version is missing");
        return {};
    }
    if (!m_key.isEmpty()) {
        const QByteArray presented = azure ? request.header("api-key") : request.header("authorization");
        if (presented != (azure ? m_key.toUtf8() : "Bearer " + m_key.toUtf8())) {
            authFailed = true;
            return {};
        }
    }
    if (models)
        return {{}, true, false};
    if (!azure && !requireString(body, QStringLiteral("model"), problem))
        return {};
    const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
    if (messages.isEmpty() || messages.last().toObject().value(QStringLiteral("role")).toString() != u"user") {
        problem = QStringLiteral("messages must end with a user message");
        return {};
    }
    Parsed parsed;
    parsed.texts = llmTexts(messages.last().toObject().value(QStringLiteral("content")).toString(), problem);
    return parsed;
}

FakeProviderResponder::Parsed FakeProviderResponder::parseAnthropic(const FakeRequest& request, const QJsonObject& body,
                                                                    QString& problem, bool& authFailed) const
{
    const QString path = pathOf(request);
    const bool models = request.method == "GET" && path == u"/v1/models";
    if (!models && (request.method != "POST" || path != u"/v1/messages")) {
        problem = QStringLiteral("no route %1 %2").arg(QString::fromLatin1(request.method), path);
        return {};
    }
    if (request.header("anthropic-version").isEmpty()) {
        problem = QStringLiteral("anthropic-version header is missing");
        return {};
    }
    if (request.header("x-api-key") != m_key.toUtf8()) {
        authFailed = true;
        return {};
    }
    if (models)
        return {{}, true, false};
    if (!requireString(body, QStringLiteral("model"), problem))
        return {};
    if (!body.value(QStringLiteral("max_tokens")).isDouble()) {
        problem = QStringLiteral("max_tokens is missing");
        return {};
    }
    const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
    if (messages.isEmpty() || messages.first().toObject().value(QStringLiteral("role")).toString() != u"user") {
        problem = QStringLiteral("messages must start with a user message");
        return {};
    }
    Parsed parsed;
    parsed.texts = llmTexts(messages.last().toObject().value(QStringLiteral("content")).toString(), problem);
    return parsed;
}

QByteArray FakeProviderResponder::successBody(const Parsed& parsed, QStringList translations) const
{
    if (m_protocol == u"libretranslate")
        return json(QJsonObject{{QStringLiteral("translatedText"), QJsonArray::fromStringList(translations)}});
    if (m_protocol == u"openai" || m_protocol == u"anthropic") {
        const QString content = QStringLiteral("Here are the translations:\n```json\n%1\n```\n")
                                    .arg(QString::fromUtf8(json(QJsonArray::fromStringList(translations))));
        if (m_protocol == u"openai")
            return json(
                QJsonObject{{QStringLiteral("id"), QStringLiteral("chatcmpl-fake")},
                            {QStringLiteral("object"), QStringLiteral("chat.completion")},
                            {QStringLiteral("choices"),
                             QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                                    {QStringLiteral("message"),
                                                     QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                                                 {QStringLiteral("content"), content}}},
                                                    {QStringLiteral("finish_reason"), QStringLiteral("stop")}}}}});
        return json(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("msg_fake")},
            {QStringLiteral("type"), QStringLiteral("message")},
            {QStringLiteral("role"), QStringLiteral("assistant")},
            {QStringLiteral("content"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                               {QStringLiteral("text"), content}}}},
            {QStringLiteral("stop_reason"), QStringLiteral("end_turn")}});
    }
    QJsonArray items;
    const QString member = m_protocol == u"deepl" ? QStringLiteral("text") : QStringLiteral("translatedText");
    for (const QString& text : translations) {
        QJsonObject item{{member, text}};
        if (m_protocol == u"deepl")
            item.insert(QStringLiteral("detected_source_language"), QStringLiteral("EN"));
        items.append(item);
    }
    if (m_protocol == u"deepl")
        return json(QJsonObject{{QStringLiteral("translations"), items}});
    if (m_protocol == u"google-v2")
        return json(QJsonObject{{QStringLiteral("data"), QJsonObject{{QStringLiteral("translations"), items}}}});
    QJsonObject v3{{QStringLiteral("translations"), items}};
    if (parsed.glossary)
        v3.insert(QStringLiteral("glossaryTranslations"), items);
    return json(v3);
}

QByteArray FakeProviderResponder::probeBody() const
{
    if (m_protocol == u"libretranslate")
        return json(QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("en")},
                                           {QStringLiteral("name"), QStringLiteral("English")},
                                           {QStringLiteral("targets"), QJsonArray{QStringLiteral("de")}}}});
    if (m_protocol == u"deepl")
        return json(
            QJsonObject{{QStringLiteral("character_count"), 1234}, {QStringLiteral("character_limit"), 500000}});
    if (m_protocol == u"google-v2")
        return json(
            QJsonObject{{QStringLiteral("data"),
                         QJsonObject{{QStringLiteral("languages"),
                                      QJsonArray{QJsonObject{{QStringLiteral("language"), QStringLiteral("de")}}}}}}});
    if (m_protocol == u"google-v3")
        return json(QJsonObject{
            {QStringLiteral("languages"), QJsonArray{QJsonObject{{QStringLiteral("languageCode"), QStringLiteral("de")},
                                                                 {QStringLiteral("supportSource"), true},
                                                                 {QStringLiteral("supportTarget"), true}}}}});
    return json(QJsonObject{
        {QStringLiteral("object"), QStringLiteral("list")},
        {QStringLiteral("data"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("fake-model")}}}},
        {QStringLiteral("has_more"), false}});
}

FakeReply FakeProviderResponder::errorReply(int status, const QString& message) const
{
    FakeReply reply;
    reply.status = status;
    if (m_protocol == u"libretranslate") {
        reply.body = json(QJsonObject{{QStringLiteral("error"), message}});
    } else if (m_protocol == u"deepl") {
        reply.body = json(QJsonObject{{QStringLiteral("message"), message}});
    } else if (m_protocol == u"google-v2" || m_protocol == u"google-v3") {
        const QString googleStatus = status == 429   ? QStringLiteral("RESOURCE_EXHAUSTED")
                                     : status == 401 ? QStringLiteral("UNAUTHENTICATED")
                                     : status == 403 ? QStringLiteral("PERMISSION_DENIED")
                                     : status == 400 ? QStringLiteral("INVALID_ARGUMENT")
                                                     : QStringLiteral("INTERNAL");
        reply.body =
            json(QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), status},
                                                                   {QStringLiteral("message"), message},
                                                                   {QStringLiteral("status"), googleStatus}}}});
    } else if (m_protocol == u"anthropic") {
        const QString type = status == 401   ? QStringLiteral("authentication_error")
                             : status == 429 ? QStringLiteral("rate_limit_error")
                             : status == 400 ? QStringLiteral("invalid_request_error")
                                             : QStringLiteral("api_error");
        reply.body = json(QJsonObject{{QStringLiteral("type"), QStringLiteral("error")},
                                      {QStringLiteral("error"), QJsonObject{{QStringLiteral("type"), type},
                                                                            {QStringLiteral("message"), message}}}});
    } else {
        const QString type = status == 401   ? QStringLiteral("invalid_api_key")
                             : status == 429 ? QStringLiteral("rate_limit_exceeded")
                                             : QStringLiteral("server_error");
        reply.body = json(QJsonObject{
            {QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), message},
                                                  {QStringLiteral("type"), QStringLiteral("invalid_request_error")},
                                                  {QStringLiteral("code"), type}}}});
    }
    return reply;
}

FakeReply FakeProviderResponder::respond(FakeRequest& request, FakeFault fault) const
{
    bool authFailed = false;
    QString problem;
    const Parsed parsed = parse(request, problem, authFailed);
    if (authFailed || fault == FakeFault::Unauthorized) {
        // DeepL answers a bad key with 403, Google v2 with 400 INVALID_ARGUMENT, the others with 401.
        if (m_protocol == u"deepl")
            return errorReply(403, QStringLiteral("Wrong auth key"));
        if (m_protocol == u"google-v2")
            return errorReply(400, QStringLiteral("API key not valid. Please pass a valid API key."));
        if (m_protocol == u"libretranslate")
            return errorReply(403, QStringLiteral("Invalid API key"));
        if (m_protocol == u"anthropic")
            return errorReply(401, QStringLiteral("invalid x-api-key"));
        if (m_protocol == u"google-v3")
            return errorReply(401, QStringLiteral("Request had invalid authentication credentials."));
        return errorReply(401, QStringLiteral("Incorrect API key provided."));
    }
    if (!problem.isEmpty()) {
        request.problem = problem;
        return errorReply(problem.startsWith(QStringLiteral("no route")) ? 404 : 400, problem);
    }
    if (fault == FakeFault::ServerError)
        return errorReply(500, QStringLiteral("Internal error (injected by the test)"));
    if (fault == FakeFault::TooManyRequests)
        return errorReply(429, QStringLiteral("Too many requests (injected by the test)"));

    FakeReply reply;
    if (parsed.probe) {
        reply.body = probeBody();
        return reply;
    }
    QStringList translations;
    for (const QString& text : parsed.texts)
        translations.append(translate(text));
    if (fault == FakeFault::WrongCount) {
        if (translations.size() > 1)
            translations.removeLast();
        else
            translations.append(translations.value(0));
    }
    reply.body = successBody(parsed, translations);
    if (fault == FakeFault::TruncatedBody)
        reply.body.truncate(reply.body.size() / 2);
    else if (fault == FakeFault::MalformedJson)
        reply.body = "{\"translations\": [<html>Bad Gateway</html>]}";
    return reply;
}

} // namespace tessera::test
