// TestMtRequests: each cloud provider's request (method, URL, headers, exact JSON) against its documented shape.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "mt/AnthropicProtocol.h"
#include "mt/DeepLProtocol.h"
#include "mt/GoogleV2Protocol.h"
#include "mt/GoogleV3Protocol.h"
#include "mt/LanguageTags.h"
#include "mt/LibreTranslateProtocol.h"
#include "mt/LlmPrompt.h"
#include "mt/OpenAiProtocol.h"
#include "mt/ProtocolRegistry.h"

using namespace tessera::mt;

namespace {

MtBatch batch(const QString& source = QStringLiteral("en"), const QString& target = QStringLiteral("de"))
{
    MtBatch b;
    b.sourceLanguage = source;
    b.targetLanguage = target;
    b.segments = {MtSegment{QStringLiteral("Open <x id=\"1\"/> file"),
                            QStringLiteral("menu.open"),
                            QStringLiteral("File menu entry"),
                            {GlossaryHint{QStringLiteral("file"), QStringLiteral("Datei")}}},
                  MtSegment{QStringLiteral("Saved %n items"), {}, {}, {}}};
    return b;
}

QJsonObject bodyOf(const HttpRequest& request)
{
    return QJsonDocument::fromJson(request.body).object();
}

QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray header(const HttpRequest& request, const QByteArray& name)
{
    for (const auto& [n, v] : request.headers)
        if (n == name)
            return v;
    return {};
}

bool hasHeader(const HttpRequest& request, const QByteArray& name)
{
    for (const auto& h : request.headers)
        if (h.first == name)
            return true;
    return false;
}

} // namespace

class TestMtRequests : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void libreTranslate()
    {
        ProviderSettings settings{QStringLiteral("libretranslate"),
                                  QUrl(QStringLiteral("https://lt.example.org/base/")),
                                  {},
                                  QStringLiteral("k-123"),
                                  {}};
        auto request = LibreTranslateProtocol().buildRequest(batch(), settings);
        QVERIFY(request);
        QCOMPARE(request->method, QByteArray("POST"));
        QCOMPARE(request->url, QUrl(QStringLiteral("https://lt.example.org/base/translate")));
        QCOMPARE(header(*request, "content-type"), QByteArray("application/json"));
        QCOMPARE(bodyOf(*request),
                 parse("{\"q\":[\"Open <x id=\\\"1\\\"/> file\",\"Saved %n "
                       "items\"],\"source\":\"en\",\"target\":\"de\",\"format\":\"html\",\"api_key\":\"k-123\"}"));
        // Without a key there is no api_key member at all (self-hosted instances).
        settings.apiKey.clear();
        QVERIFY(!bodyOf(*LibreTranslateProtocol().buildRequest(batch(), settings)).contains(QStringLiteral("api_key")));
        auto probe = LibreTranslateProtocol().buildProbe(settings);
        QCOMPARE(probe->method, QByteArray("GET"));
        QCOMPARE(probe->url, QUrl(QStringLiteral("https://lt.example.org/base/languages")));
    }

    void deepLFreeAndPro()
    {
        ProviderSettings settings{QStringLiteral("deepl"), {}, {}, QStringLiteral("abc-def:fx"), {}};
        auto request = DeepLProtocol().buildRequest(batch(QStringLiteral("en-US"), QStringLiteral("pt-BR")), settings);
        QVERIFY(request);
        QCOMPARE(request->url, QUrl(QStringLiteral("https://api-free.deepl.com/v2/translate")));
        QCOMPARE(header(*request, "authorization"), QByteArray("DeepL-Auth-Key abc-def:fx"));
        QCOMPARE(bodyOf(*request), parse("{\"text\":[\"Open <x id=\\\"1\\\"/> file\",\"Saved %n "
                                         "items\"],\"source_lang\":\"EN\",\"target_lang\":\"PT-BR\",\"tag_handling\":"
                                         "\"xml\",\"ignore_tags\":[\"x\"]}"));
        settings.apiKey = QStringLiteral("abc-def");
        QCOMPARE(DeepLProtocol().buildRequest(batch(), settings)->url,
                 QUrl(QStringLiteral("https://api.deepl.com/v2/translate")));
        auto probe = DeepLProtocol().buildProbe(settings);
        QCOMPARE(probe->method, QByteArray("GET"));
        QCOMPARE(probe->url, QUrl(QStringLiteral("https://api.deepl.com/v2/usage")));
        QCOMPARE(header(*probe, "authorization"), QByteArray("DeepL-Auth-Key abc-def"));
    }

    void deepLFormalityAndGlossary()
    {
        ProviderSettings settings{
            QStringLiteral("deepl"),
            {},
            {},
            QStringLiteral("key"),
            {{QStringLiteral("formality"), QStringLiteral("prefer_less")},
             {QStringLiteral("glossaryId"), QStringLiteral("def3a26b-3e84-45b3-84ae-0c0aaf3525f7")}}};
        auto request = DeepLProtocol().buildRequest(batch(QStringLiteral("en"), QStringLiteral("en-GB")), settings);
        QVERIFY(request);
        const QJsonObject body = bodyOf(*request);
        QCOMPARE(body.value(QStringLiteral("formality")).toString(), QStringLiteral("prefer_less"));
        QCOMPARE(body.value(QStringLiteral("glossary_id")).toString(),
                 QStringLiteral("def3a26b-3e84-45b3-84ae-0c0aaf3525f7"));
        QCOMPARE(body.value(QStringLiteral("target_lang")).toString(), QStringLiteral("EN-GB"));
        QVERIFY(DeepLProtocol().limits(settings).acceptsGlossary);
        // A glossary needs the source language: the error names the setting.
        auto noSource = DeepLProtocol().buildRequest(batch(QString(), QStringLiteral("de")), settings);
        QVERIFY(!noSource);
        QCOMPARE(noSource.error().field, QStringLiteral("extra.glossaryId"));
        settings.apiKey.clear();
        QCOMPARE(DeepLProtocol().buildRequest(batch(), settings).error().field, QStringLiteral("apiKey"));
    }

    void googleV2()
    {
        ProviderSettings settings{QStringLiteral("google-v2"), {}, {}, QStringLiteral("AIzaKey"), {}};
        auto request =
            GoogleV2Protocol().buildRequest(batch(QStringLiteral("en"), QStringLiteral("zh-Hant")), settings);
        QVERIFY(request);
        QCOMPARE(request->url, QUrl(QStringLiteral("https://translation.googleapis.com/language/translate/v2")));
        QCOMPARE(header(*request, "x-goog-api-key"), QByteArray("AIzaKey"));
        QVERIFY(!request->url.toString().contains(QStringLiteral("AIzaKey"))); // never in a URL that gets logged
        QCOMPARE(bodyOf(*request), parse("{\"q\":[\"Open <x id=\\\"1\\\"/> file\",\"Saved %n "
                                         "items\"],\"source\":\"en\",\"target\":\"zh-TW\",\"format\":\"html\"}"));
        auto probe = GoogleV2Protocol().buildProbe(settings);
        QCOMPARE(probe->url,
                 QUrl(QStringLiteral("https://translation.googleapis.com/language/translate/v2/languages")));
    }

    void googleV3()
    {
        ProviderSettings settings{QStringLiteral("google-v3"),
                                  {},
                                  QStringLiteral("general/nmt"),
                                  QStringLiteral("ya29.token"),
                                  {{QStringLiteral("project"), QStringLiteral("my-proj")},
                                   {QStringLiteral("location"), QStringLiteral("us-central1")},
                                   {QStringLiteral("glossary"), QStringLiteral("ui-terms")}}};
        auto request =
            GoogleV3Protocol().buildRequest(batch(QStringLiteral("en"), QStringLiteral("zh-Hans")), settings);
        QVERIFY(request);
        QCOMPARE(request->url,
                 QUrl(QStringLiteral(
                     "https://translation.googleapis.com/v3/projects/my-proj/locations/us-central1:translateText")));
        QCOMPARE(header(*request, "authorization"), QByteArray("Bearer ya29.token"));
        QCOMPARE(header(*request, "x-goog-user-project"), QByteArray("my-proj"));
        QCOMPARE(bodyOf(*request),
                 parse("{\"contents\":[\"Open <x id=\\\"1\\\"/> file\",\"Saved %n "
                       "items\"],\"mimeType\":\"text/"
                       "html\",\"sourceLanguageCode\":\"en\",\"targetLanguageCode\":\"zh-CN\",\"model\":\"projects/"
                       "my-proj/locations/us-central1/models/general/nmt\",\"glossaryConfig\":{\"glossary\":\"projects/"
                       "my-proj/locations/us-central1/glossaries/ui-terms\"}}"));
        auto probe = GoogleV3Protocol().buildProbe(settings);
        QCOMPARE(probe->method, QByteArray("GET"));
        QCOMPARE(
            probe->url,
            QUrl(QStringLiteral(
                "https://translation.googleapis.com/v3/projects/my-proj/locations/us-central1/supportedLanguages")));
        // Glossaries do not work in "global"; no project at all is named too.
        settings.extra.insert(QStringLiteral("location"), QStringLiteral("global"));
        QCOMPARE(GoogleV3Protocol().buildRequest(batch(), settings).error().field, QStringLiteral("extra.location"));
        settings.extra.remove(QStringLiteral("project"));
        QCOMPARE(GoogleV3Protocol().buildRequest(batch(), settings).error().field, QStringLiteral("extra.project"));
    }

    void openAi()
    {
        ProviderSettings settings{
            QStringLiteral("openai"), {}, QStringLiteral("gpt-4o-mini"), QStringLiteral("sk-test"), {}};
        auto request = OpenAiProtocol().buildRequest(batch(), settings);
        QVERIFY(request);
        QCOMPARE(request->url, QUrl(QStringLiteral("https://api.openai.com/v1/chat/completions")));
        QCOMPARE(header(*request, "authorization"), QByteArray("Bearer sk-test"));
        const QJsonObject body = bodyOf(*request);
        QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4o-mini"));
        QCOMPARE(body.value(QStringLiteral("temperature")).toDouble(), 0.0);
        const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages[0].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("system"));
        QCOMPARE(messages[0].toObject().value(QStringLiteral("content")).toString(), LlmPrompt::system(batch()));
        QCOMPARE(messages[1].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("user"));
        // The user message is the numbered JSON array carrying key, note and glossary.
        const QJsonArray items =
            QJsonDocument::fromJson(messages[1].toObject().value(QStringLiteral("content")).toString().toUtf8())
                .array();
        QCOMPARE(QJsonDocument(items).toJson(QJsonDocument::Compact),
                 QByteArray("[{\"glossary\":[{\"source\":\"file\",\"target\":\"Datei\"}],\"id\":1,\"key\":\"menu."
                            "open\",\"note\":\"File menu entry\","
                            "\"text\":\"Open <x id=\\\"1\\\"/> file\"},{\"id\":2,\"text\":\"Saved %n items\"}]"));
        const QString system = LlmPrompt::system(batch());
        QVERIFY(system.contains(QStringLiteral("English (en)")));
        QVERIFY(system.contains(QStringLiteral("German (de)")));
        QVERIFY(system.contains(QStringLiteral("exactly 2 strings")));
        QVERIFY(system.contains(QStringLiteral("[[1]]")));
        settings.model.clear();
        QCOMPARE(OpenAiProtocol().buildRequest(batch(), settings).error().field, QStringLiteral("model"));
    }

    void openAiAzureAndLocal()
    {
        ProviderSettings azure{QStringLiteral("openai"),
                               QUrl(QStringLiteral("https://res.openai.azure.com")),
                               {},
                               QStringLiteral("azkey"),
                               {{QStringLiteral("azureDeployment"), QStringLiteral("gpt4o-prod")}}};
        auto request = OpenAiProtocol().buildRequest(batch(), azure);
        QVERIFY(request);
        QCOMPARE(
            request->url,
            QUrl(QStringLiteral(
                "https://res.openai.azure.com/openai/deployments/gpt4o-prod/chat/completions?api-version=2024-10-21")));
        QCOMPARE(header(*request, "api-key"), QByteArray("azkey"));
        QVERIFY(!hasHeader(*request, "authorization"));
        QVERIFY(!bodyOf(*request).contains(QStringLiteral("model")));

        ProviderSettings local{QStringLiteral("openai"),
                               QUrl(QStringLiteral("http://127.0.0.1:11434")),
                               QStringLiteral("llama3.2"),
                               {},
                               {}};
        request = OpenAiProtocol().buildRequest(batch(), local);
        QVERIFY(request);
        QCOMPARE(request->url, QUrl(QStringLiteral("http://127.0.0.1:11434/v1/chat/completions")));
        QVERIFY(!hasHeader(*request, "authorization"));
        QCOMPARE(OpenAiProtocol().buildProbe(local)->url, QUrl(QStringLiteral("http://127.0.0.1:11434/v1/models")));
    }

    void anthropic()
    {
        ProviderSettings settings{
            QStringLiteral("anthropic"), {}, QStringLiteral("claude-sonnet-4-5"), QStringLiteral("sk-ant"), {}};
        auto request = AnthropicProtocol().buildRequest(batch(), settings);
        QVERIFY(request);
        QCOMPARE(request->url, QUrl(QStringLiteral("https://api.anthropic.com/v1/messages")));
        QCOMPARE(header(*request, "x-api-key"), QByteArray("sk-ant"));
        QCOMPARE(header(*request, "anthropic-version"), QByteArray("2023-06-01"));
        QVERIFY(!hasHeader(*request, "authorization"));
        const QJsonObject body = bodyOf(*request);
        QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("claude-sonnet-4-5"));
        QCOMPARE(body.value(QStringLiteral("max_tokens")).toInt(), 4096);
        QCOMPARE(body.value(QStringLiteral("system")).toString(), LlmPrompt::system(batch()));
        const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages[0].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("user"));
        QCOMPARE(messages[0].toObject().value(QStringLiteral("content")).toString(), LlmPrompt::user(batch()));
        QCOMPARE(AnthropicProtocol().buildProbe(settings)->url,
                 QUrl(QStringLiteral("https://api.anthropic.com/v1/models")));
    }

    void languageTags_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("deeplSource");
        QTest::addColumn<QString>("deeplTarget");
        QTest::addColumn<QString>("google");
        QTest::addColumn<QString>("libre");
        QTest::newRow("en") << "en" << "EN" << "EN-US" << "en" << "en";
        QTest::newRow("en_GB") << "en_GB" << "EN" << "EN-GB" << "en" << "en";
        QTest::newRow("pt-BR") << "pt-br" << "PT" << "PT-BR" << "pt" << "pb";
        QTest::newRow("pt-PT") << "pt-PT" << "PT" << "PT-PT" << "pt-PT" << "pt";
        QTest::newRow("zh-Hans") << "zh-Hans" << "ZH" << "ZH-HANS" << "zh-CN" << "zh";
        QTest::newRow("zh-TW") << "zh-TW" << "ZH" << "ZH-HANT" << "zh-TW" << "zt";
        QTest::newRow("zh-Hant-HK") << "zh-hant-hk" << "ZH" << "ZH-HANT" << "zh-TW" << "zt";
        QTest::newRow("de-AT") << "de-AT" << "DE" << "DE" << "de" << "de";
        QTest::newRow("nb") << "nb" << "NB" << "NB" << "no" << "nb";
    }

    void languageTags()
    {
        QFETCH(QString, tag);
        QFETCH(QString, deeplSource);
        QFETCH(QString, deeplTarget);
        QFETCH(QString, google);
        QFETCH(QString, libre);
        QCOMPARE(LanguageTags::deepLSource(tag), deeplSource);
        QCOMPARE(LanguageTags::deepLTarget(tag), deeplTarget);
        QCOMPARE(LanguageTags::google(tag), google);
        QCOMPARE(LanguageTags::libreTranslate(tag), libre);
    }

    void limits()
    {
        const ProviderSettings none;
        QCOMPARE(DeepLProtocol().limits(none).maxSegments, 50);
        QCOMPARE(DeepLProtocol().limits(none).maskStyle, MaskStyle::XmlTags);
        QVERIFY(!DeepLProtocol().limits(none).acceptsGlossary);
        QCOMPARE(GoogleV2Protocol().limits(none).maxSegments, 128);
        QCOMPARE(GoogleV3Protocol().limits(none).maxSegments, 1024);
        QCOMPARE(GoogleV3Protocol().limits(none).maxChars, 30000);
        QCOMPARE(OpenAiProtocol().limits(none).maskStyle, MaskStyle::Brackets);
        QVERIFY(AnthropicProtocol().limits(none).acceptsGlossary);
        ProviderSettings libre;
        libre.extra.insert(QStringLiteral("charLimit"), 2000);
        QCOMPARE(LibreTranslateProtocol().limits(libre).maxChars, 2000);
    }

    void registry()
    {
        const ProtocolRegistry registry = ProtocolRegistry::withAllProtocols();
        QCOMPARE(registry.ids(),
                 QStringList({QStringLiteral("apertium"), QStringLiteral("libretranslate"), QStringLiteral("deepl"),
                              QStringLiteral("google-v2"), QStringLiteral("google-v3"), QStringLiteral("openai"),
                              QStringLiteral("anthropic")}));
        for (const QString& id : registry.ids()) {
            QCOMPARE(registry.find(id)->id(), id);
            QCOMPARE(ProtocolRegistry::create(id)->id(), id);
        }
        QVERIFY(!ProtocolRegistry::create(QStringLiteral("babelfish")));
        QCOMPARE(registry.find(QStringLiteral("deepl"))->displayName(), QStringLiteral("DeepL API"));
        QVERIFY(!registry.find(QStringLiteral("babelfish")));
    }
};

QTEST_GUILESS_MAIN(TestMtRequests)
#include "TestMtRequests.moc"
