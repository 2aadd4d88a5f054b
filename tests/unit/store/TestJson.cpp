// Tests how the store keeps string lists (targets, locations) as JSON text: every character
// survives the round trip, and the text is JSON any other tool reads the same way.
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "store/Json.h"

using namespace tessera::store;

class TestJson : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void malformedReadsAsEmpty();
};

void TestJson::roundTrip_data()
{
    QTest::addColumn<QStringList>("list");
    QTest::newRow("empty") << QStringList{};
    QTest::newRow("one empty form") << QStringList{QString()};
    QTest::newRow("quotes and backslashes") << QStringList{QStringLiteral("Say \"hi\" to C:\\Users\\")};
    QTest::newRow("newlines and tabs") << QStringList{QStringLiteral("line 1\nline 2\r\n\tindented")};
    QTest::newRow("control characters") << QStringList{QString::fromUtf16(u"bell\u0007 nul-free \u001f end")};
    QTest::newRow("plural forms, RTL, CJK, emoji")
        << QStringList{QStringLiteral("%n ملف"), QStringLiteral("%n 个文件"), QStringLiteral("🗒️ %n notes")};
    QTest::newRow("placeholders") << QStringList{QStringLiteral("{count, plural, one {# note} other {# notes}}"),
                                                 QStringLiteral("<b>%1$s</b> &amp; {{name}}")};
}

void TestJson::roundTrip()
{
    QFETCH(QStringList, list);
    const QString text = json::fromList(list);
    QCOMPARE(json::toList(text), list);
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(text.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(parsed.array(), QJsonArray::fromStringList(list));
}

void TestJson::malformedReadsAsEmpty()
{
    QVERIFY(json::toList(QStringLiteral("[\"unterminated")).isEmpty());
    QVERIFY(json::toList(QString()).isEmpty());
}

QTEST_GUILESS_MAIN(TestJson)
#include "TestJson.moc"
