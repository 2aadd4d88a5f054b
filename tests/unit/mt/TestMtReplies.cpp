// TestMtReplies: each cloud provider's reply parsing (documented examples, truncated, malformed, wrong count)
// and its error JSON read into a message.
#include <QTest>

#include "mt/LlmPrompt.h"
#include "mt/ProtocolRegistry.h"

using namespace tessera::mt;

namespace {

MtBatch twoSegments()
{
    MtBatch b;
    b.sourceLanguage = QStringLiteral("en");
    b.targetLanguage = QStringLiteral("de");
    b.segments = {MtSegment{QStringLiteral("Hello"), {}, {}, {}}, MtSegment{QStringLiteral("World"), {}, {}, {}}};
    return b;
}

HttpResponse ok(const QByteArray& body)
{
    HttpResponse r;
    r.status = 200;
    r.body = body;
    return r;
}

// The documented success reply of each provider for the translations "Hallo", "Welt".
QByteArray goodReply(const QString& id)
{
    if (id == u"libretranslate")
        return "{\"translatedText\":[\"Hallo\",\"Welt\"]}";
    if (id == u"deepl")
        return "{\"translations\":[{\"detected_source_language\":\"EN\",\"text\":\"Hallo\"},{\"detected_source_"
               "language\":\"EN\",\"text\":\"Welt\"}]}";
    if (id == u"google-v2")
        return "{\"data\":{\"translations\":[{\"translatedText\":\"Hallo\"},{\"translatedText\":\"Welt\"}]}}";
    if (id == u"google-v3")
        return "{\"translations\":[{\"translatedText\":\"Hallo\"},{\"translatedText\":\"Welt\"}]}";
    if (id == u"openai")
        return "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,\"message\":{\"role\":"
               "\"assistant\",\"content\":\"[\\\"Hallo\\\",\\\"Welt\\\"]\"},\"finish_reason\":\"stop\"}]}";
    return "{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":\"["
           "\\\"Hallo\\\",\\\"Welt\\\"]\"}],\"stop_reason\":\"end_turn\"}";
}

// The same reply with one translation only.
QByteArray oneShort(const QString& id)
{
    if (id == u"libretranslate")
        return "{\"translatedText\":[\"Hallo\"]}";
    if (id == u"deepl")
        return "{\"translations\":[{\"text\":\"Hallo\"}]}";
    if (id == u"google-v2")
        return "{\"data\":{\"translations\":[{\"translatedText\":\"Hallo\"}]}}";
    if (id == u"google-v3")
        return "{\"translations\":[{\"translatedText\":\"Hallo\"}]}";
    if (id == u"openai")
        return "{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"[\\\"Hallo\\\"]\"},"
               "\"finish_reason\":\"stop\"}]}";
    return "{\"type\":\"message\",\"content\":[{\"type\":\"text\",\"text\":\"[\\\"Hallo\\\"]\"}],\"stop_reason\":\"end_"
           "turn\"}";
}

QString countField(const QString& id)
{
    if (id == u"libretranslate")
        return QStringLiteral("translatedText");
    if (id == u"deepl" || id == u"google-v3")
        return QStringLiteral("translations");
    if (id == u"google-v2")
        return QStringLiteral("data.translations");
    if (id == u"openai")
        return QStringLiteral("choices[0].message.content");
    return QStringLiteral("content[0].text");
}

} // namespace

class TestMtReplies : public QObject {
    Q_OBJECT

    // The cloud providers, which the fake server speaks (Apertium is tested against the real APy).
    QStringList cloudIds() const
    {
        QStringList ids = m_registry.ids();
        ids.removeAll(QStringLiteral("apertium"));
        return ids;
    }
    ProtocolRegistry m_registry = ProtocolRegistry::withAllProtocols();

private Q_SLOTS:
    void replies_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString& id : cloudIds())
            QTest::newRow(qPrintable(id)) << id;
    }

    void replies()
    {
        QFETCH(QString, id);
        const ProviderProtocol* protocol = m_registry.find(id);
        const MtBatch batch = twoSegments();

        const auto good = protocol->parseResponse(ok(goodReply(id)), batch);
        QVERIFY2(good, qPrintable(good ? QString() : good.error().describe()));
        QCOMPARE(*good, QStringList({QStringLiteral("Hallo"), QStringLiteral("Welt")}));

        // Truncated: the reply stops half way; the error names the body and where the JSON broke.
        const QByteArray full = goodReply(id);
        const auto truncated = protocol->parseResponse(ok(full.left(full.size() / 2)), batch);
        QVERIFY(!truncated);
        QCOMPARE(truncated.error().field, QStringLiteral("body"));
        QVERIFY(truncated.error().column > 0);

        const auto malformed = protocol->parseResponse(ok("<html><body>502 Bad Gateway</body></html>"), batch);
        QVERIFY(!malformed);
        QCOMPARE(malformed.error().field, QStringLiteral("body"));

        const auto empty = protocol->parseResponse(ok(""), batch);
        QVERIFY(!empty);
        QCOMPARE(empty.error().field, QStringLiteral("body"));

        // Wrong count: one translation for two segments is refused, naming the array.
        const auto shortReply = protocol->parseResponse(ok(oneShort(id)), batch);
        QVERIFY(!shortReply);
        QCOMPARE(shortReply.error().field, countField(id));
        QVERIFY2(shortReply.error().message.contains(QStringLiteral("1 translations for 2 segments")),
                 qPrintable(shortReply.error().message));

        // Valid JSON of another shape names the missing member.
        const auto otherShape = protocol->parseResponse(ok("{\"unexpected\":true}"), batch);
        QVERIFY(!otherShape);
        QVERIFY(!otherShape.error().field.isEmpty());
        QVERIFY(otherShape.error().field != u"body");
    }

    void wrongItemType()
    {
        const auto deepl =
            m_registry.find(QStringLiteral("deepl"))
                ->parseResponse(ok("{\"translations\":[{\"text\":\"Hallo\"},{\"text\":42}]}"), twoSegments());
        QVERIFY(!deepl);
        QCOMPARE(deepl.error().field, QStringLiteral("translations[1].text"));
    }

    void failures_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("libretranslate") << "libretranslate" << 403 << QByteArray("{\"error\":\"Invalid API key\"}")
                                        << "LibreTranslate: Invalid API key (HTTP 403)";
        QTest::newRow("deepl 456") << "deepl" << 456 << QByteArray("{\"message\":\"Quota Exceeded\"}")
                                   << "DeepL: Quota Exceeded (HTTP 456)";
        QTest::newRow("deepl 403 empty") << "deepl" << 403 << QByteArray()
                                         << "DeepL: authorization failed, check the API key (HTTP 403)";
        QTest::newRow("google-v2")
            << "google-v2" << 400
            << QByteArray("{\"error\":{\"code\":400,\"message\":\"API key not valid. Please pass a valid API "
                          "key.\",\"errors\":[{\"message\":\"API key not valid. Please pass a valid API "
                          "key.\",\"domain\":\"global\",\"reason\":\"badRequest\"}],\"status\":\"INVALID_ARGUMENT\"}}")
            << "Google Translate: API key not valid. Please pass a valid API key. [INVALID_ARGUMENT] (HTTP 400)";
        QTest::newRow("google-v3") << "google-v3" << 401
                                   << QByteArray("{\"error\":{\"code\":401,\"message\":\"Request had invalid "
                                                 "authentication credentials.\",\"status\":\"UNAUTHENTICATED\"}}")
                                   << "Google Cloud Translation v3: Request had invalid authentication credentials. "
                                      "[UNAUTHENTICATED] (HTTP 401)";
        QTest::newRow("openai")
            << "openai" << 401
            << QByteArray("{\"error\":{\"message\":\"Incorrect API key provided: "
                          "sk-xx.\",\"type\":\"invalid_request_error\",\"param\":null,\"code\":\"invalid_api_key\"}}")
            << "OpenAI-compatible: Incorrect API key provided: sk-xx. [invalid_api_key] (HTTP 401)";
        QTest::newRow("openai 429") << "openai" << 429
                                    << QByteArray("{\"error\":{\"message\":\"Rate limit "
                                                  "reached\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}")
                                    << "OpenAI-compatible: Rate limit reached [rate_limit_exceeded] (HTTP 429)";
        QTest::newRow("anthropic")
            << "anthropic" << 529
            << QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}")
            << "Anthropic: Overloaded [overloaded_error] (HTTP 529)";
        QTest::newRow("not json") << "anthropic" << 502 << QByteArray("<html>Bad Gateway</html>")
                                  << "Anthropic: HTTP 502 <html>Bad Gateway</html>";
    }

    void failures()
    {
        QFETCH(QString, id);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        HttpResponse reply;
        reply.status = status;
        reply.body = body;
        QCOMPARE(m_registry.find(id)->describeFailure(reply), expected);
    }

    void llmAnswers_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QStringList>("expected");
        const QStringList both{QStringLiteral("Hallo [[1]]"), QStringLiteral("Welt")};
        QTest::newRow("bare") << "[\"Hallo [[1]]\",\"Welt\"]" << both;
        QTest::newRow("fenced") << "```json\n[\"Hallo [[1]]\", \"Welt\"]\n```" << both;
        QTest::newRow("prose around")
            << "Sure! Here are the [translations]:\n\n[\"Hallo [[1]]\", \"Welt\"]\n\nLet me know." << both;
        QTest::newRow("objects by id") << "[{\"id\":2,\"text\":\"Welt\"},{\"id\":1,\"text\":\"Hallo [[1]]\"}]" << both;
        QTest::newRow("translation member") << "[{\"translation\":\"Hallo [[1]]\"},{\"translation\":\"Welt\"}]" << both;
        QTest::newRow("brackets in strings") << "[\"Hallo [[1]]\", \"Welt\"] trailing ]" << both;
    }

    void llmAnswers()
    {
        QFETCH(QString, content);
        QFETCH(QStringList, expected);
        const auto parsed = LlmPrompt::parse(content, 2, QStringLiteral("content"));
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().describe()));
        QCOMPARE(*parsed, expected);
    }

    void llmRefusals_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("field");
        QTest::newRow("three") << "[\"a\",\"b\",\"c\"]" << "content";
        QTest::newRow("one") << "```\n[\"a\"]\n```" << "content";
        QTest::newRow("no array") << "I cannot translate this." << "content";
        QTest::newRow("cut off") << "[\"Hallo\", \"We" << "content";
        QTest::newRow("number") << "[\"a\", 2]" << "content[1]";
        QTest::newRow("same id twice") << "[{\"id\":1,\"text\":\"a\"},{\"id\":1,\"text\":\"b\"}]" << "content[1].id";
        QTest::newRow("id out of range") << "[{\"id\":1,\"text\":\"a\"},{\"id\":7,\"text\":\"b\"}]" << "content[1].id";
    }

    void llmRefusals()
    {
        QFETCH(QString, content);
        QFETCH(QString, field);
        const auto parsed = LlmPrompt::parse(content, 2, QStringLiteral("content"));
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().field, field);
    }

    void llmCutOff()
    {
        const auto openai = m_registry.find(QStringLiteral("openai"))
                                ->parseResponse(ok("{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
                                                   "\"content\":\"[\\\"Hallo\\\",\"},\"finish_reason\":\"length\"}]}"),
                                                twoSegments());
        QVERIFY(!openai);
        QCOMPARE(openai.error().field, QStringLiteral("choices[0].finish_reason"));
        const auto anthropic = m_registry.find(QStringLiteral("anthropic"))
                                   ->parseResponse(ok("{\"type\":\"message\",\"content\":[{\"type\":\"text\",\"text\":"
                                                      "\"[\\\"Hallo\\\",\"}],\"stop_reason\":\"max_tokens\"}"),
                                                   twoSegments());
        QVERIFY(!anthropic);
        QCOMPARE(anthropic.error().field, QStringLiteral("stop_reason"));
    }

    void googleV3Glossary()
    {
        const auto parsed =
            m_registry.find(QStringLiteral("google-v3"))
                ->parseResponse(
                    ok("{\"translations\":[{\"translatedText\":\"Hallo\"},{\"translatedText\":\"Welt\"}],"
                       "\"glossaryTranslations\":[{\"translatedText\":\"Servus\"},{\"translatedText\":\"Welt\"}]}"),
                    twoSegments());
        QVERIFY(parsed);
        QCOMPARE(parsed->first(), QStringLiteral("Servus")); // the glossary-aware translation wins
    }
};

QTEST_GUILESS_MAIN(TestMtReplies)
#include "TestMtReplies.moc"
