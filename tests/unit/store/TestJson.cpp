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
    void readsJsonOtherToolsWrite_data();
    void readsJsonOtherToolsWrite();
    void malformedReadsAsEmpty();
    void datesReadAsQtReadsThem_data();
    void datesReadAsQtReadsThem();
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

// Lists written by an older Tessera (through QJsonDocument) or by hand in SQL read the same as a
// JSON parser reads them: spacing, every escape, \u escapes with surrogate pairs.
void TestJson::readsJsonOtherToolsWrite_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("spaced") << QStringLiteral(" [ \"a\" ,\n\t\"b\" ] ");
    QTest::newRow("compact, as QJsonDocument writes") << QStringLiteral("[\"one\",\"two\"]");
    QTest::newRow("every short escape") << QStringLiteral("[\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t\"]");
    QTest::newRow("unicode escapes and a surrogate pair")
        << QStringLiteral("[\"\\u00e9t\\u00C9 \\ud83d\\uddd2\\ufe0f\", \"\\u0000\"]");
    QTest::newRow("empty strings") << QStringLiteral("[\"\",\"\"]");
    QTest::newRow("not only strings") << QStringLiteral("[\"a\", 1]");
}

void TestJson::readsJsonOtherToolsWrite()
{
    QFETCH(QString, text);
    QStringList expected;
    for (const auto& value : QJsonDocument::fromJson(text.toUtf8()).array())
        expected.append(value.toString());
    QVERIFY(!expected.isEmpty());
    QCOMPARE(json::toList(text), expected);
}

void TestJson::malformedReadsAsEmpty()
{
    QVERIFY(json::toList(QStringLiteral("[\"unterminated")).isEmpty());
    QVERIFY(json::toList(QString()).isEmpty());
    QVERIFY(json::toList(QStringLiteral("[\"a\" \"b\"]")).isEmpty());
    QVERIFY(json::toList(QStringLiteral("[\"a\"] trailing")).isEmpty());
}

void TestJson::datesReadAsQtReadsThem_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("as written") << QStringLiteral("2026-11-23T09:41:07.123Z");
    QTest::newRow("leap day") << QStringLiteral("2024-02-29T23:59:59.999Z");
    QTest::newRow("no such day") << QStringLiteral("2026-02-30T09:00:00.000Z");
    QTest::newRow("hour 24") << QStringLiteral("2026-11-23T24:00:00.000Z");
    QTest::newRow("offset") << QStringLiteral("2026-11-23T09:41:07.123+01:00");
    QTest::newRow("no milliseconds") << QStringLiteral("2026-11-23T09:41:07Z");
    QTest::newRow("letter for a digit") << QStringLiteral("2026-1a-23T09:41:07.123Z");
    QTest::newRow("empty") << QString();
}

void TestJson::datesReadAsQtReadsThem()
{
    QFETCH(QString, text);
    const QDateTime read = json::toDateTime(text);
    const QDateTime qt = QDateTime::fromString(text, Qt::ISODateWithMs);
    QCOMPARE(read.isValid(), qt.isValid());
    if (qt.isValid()) {
        QCOMPARE(read, qt);
        QCOMPARE(read.toMSecsSinceEpoch(), qt.toMSecsSinceEpoch());
        QCOMPARE(json::fromDateTime(read), json::fromDateTime(qt));
    }
}

QTEST_GUILESS_MAIN(TestJson)
#include "TestJson.moc"
