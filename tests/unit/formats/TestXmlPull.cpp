// Tests XmlPull, the XML tokenizer the XLIFF filters read with: every real XML file in tests/data
// reads exactly as QXmlStreamReader reads it; what is not well-formed is refused with the place
// named; references, line breaks, namespaces and empty elements come out as XML says.
#include <QDir>
#include <QDirIterator>
#include <QTest>

#include "TestData.h"
#include "XmlEvents.h"
#include "formats/XmlPosition.h"
#include "formats/XmlPull.h"

using tessera::formats::XmlPosition;
using tessera::formats::XmlPull;
using tessera::testsupport::qtXmlEvents;
using tessera::testsupport::testDataDir;
using tessera::testsupport::xmlEvents;
using Token = XmlPull::Token;

class TestXmlPull : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void realFilesReadAsQtReadsThem_data();
    void realFilesReadAsQtReadsThem();
    void wellFormedTrickyCases_data();
    void wellFormedTrickyCases();
    void malformedIsRefusedWithItsPlace_data();
    void malformedIsRefusedWithItsPlace();
    void tokensKnowTheirBytes();
    void positionsCountCharacters();
    void undeclaredPrefixesWithoutNamespaceProcessing();
};

void TestXmlPull::realFilesReadAsQtReadsThem_data()
{
    QTest::addColumn<QString>("path");
    for (const char* folder : {"xliff", "ts", "tmx", "tbx", "android"}) {
        QDir dir(testDataDir(QString::fromLatin1(folder)));
        QStringList files;
        for (const QString& name : dir.entryList(
                 {QStringLiteral("*.xlf"), QStringLiteral("*.ts"), QStringLiteral("*.tmx"), QStringLiteral("*.tbx")},
                 QDir::Files))
            files.append(dir.filePath(name));
        QDirIterator it(dir.path(), {QStringLiteral("*.xml")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        for (const QString& file : std::as_const(files))
            QTest::newRow(qPrintable(QDir(testDataDir(QString())).relativeFilePath(file))) << file;
    }
}

void TestXmlPull::realFilesReadAsQtReadsThem()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF"))
        QSKIP("UTF-16: XmlPull reads UTF-8 (the filters convert first)");
    const auto qt = qtXmlEvents(data);
    QVERIFY(!qt.error);
    const auto ours = xmlEvents(data);
    QVERIFY(!ours.error);
    QVERIFY(ours.events.size() > 3);
    QCOMPARE(ours.events, qt.events);
}

void TestXmlPull::wellFormedTrickyCases_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::newRow("references") << QByteArray("<a t=\"&lt;&#x1F600;&#65;&quot;\">&amp;&gt;&apos;&#233;</a>");
    QTest::newRow("attribute white space") << QByteArray("<a t=\"x\ny\tz&#10;w\r\nv\"/>");
    QTest::newRow("CRLF in text") << QByteArray("<a>one\r\ntwo\rthree</a>");
    QTest::newRow("CDATA") << QByteArray("<a><![CDATA[<b>&amp; ]] ]>]]>tail</a>");
    QTest::newRow("comment and PI") << QByteArray("<?xml version=\"1.0\"?><!-- c - d --><?pi some data?><a/><!--e-->");
    QTest::newRow("namespaces") << QByteArray("<a xmlns=\"urn:d\" xmlns:p=\"urn:p\"><p:b p:x=\"1\" y=\"2\"><c "
                                              "xmlns=\"\"/><p:d xmlns:p=\"urn:q\"/></p:b><e xml:lang=\"de\"/></a>");
    QTest::newRow("BOM and DOCTYPE") << QByteArray(
        "\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!DOCTYPE TS [<!ATTLIST a b CDATA \"x>\">]>\n<TS/>");
    QTest::newRow("non-ASCII names and text")
        << QByteArray("<größe wert=\"ä\">日本語 ‏עברית‎</größe>");
    QTest::newRow("leading U+FEFF in text") << QByteArray("<a>\xEF\xBB\xBFtext</a>");
    QTest::newRow("]]> in an attribute") << QByteArray("<a t=\"x]]>y\"/>");
}

void TestXmlPull::wellFormedTrickyCases()
{
    QFETCH(QByteArray, xml);
    const auto qt = qtXmlEvents(xml);
    QVERIFY(!qt.error);
    const auto ours = xmlEvents(xml);
    QVERIFY(!ours.error);
    QCOMPARE(ours.events, qt.events);
}

void TestXmlPull::malformedIsRefusedWithItsPlace_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("mismatched end tag") << QByteArray("<a>\n  <b></c></a>") << 2 << 6 << QStringLiteral("</c>");
    QTest::newRow("unclosed") << QByteArray("<a>\n<b>") << 2 << 4 << QStringLiteral("ends before <b>");
    QTest::newRow("undefined entity") << QByteArray("<a>x &nbsp; y</a>") << 1 << 6 << QStringLiteral("&nbsp;");
    QTest::newRow("bare ampersand") << QByteArray("<a>Tom & Jerry</a>") << 1 << 8 << QStringLiteral("\"& Jerr");
    QTest::newRow("lt in attribute") << QByteArray("<a t=\"1<2\"/>") << 1 << 8 << QStringLiteral("\"<\"");
    QTest::newRow("unquoted attribute") << QByteArray("<a t=1/>") << 1 << 6 << QStringLiteral("quotes");
    QTest::newRow("duplicate attribute") << QByteArray("<a t=\"1\" t=\"2\"/>") << 1 << 10
                                         << QStringLiteral("given twice");
    QTest::newRow("same attribute, two prefixes")
        << QByteArray("<a xmlns:p=\"urn:x\" xmlns:q=\"urn:x\" p:t=\"1\" q:t=\"2\"/>") << 1 << 1
        << QStringLiteral("same namespace");
    QTest::newRow("undeclared prefix") << QByteArray("<a>\n<p:b/></a>") << 2 << 2 << QStringLiteral("\"p\"");
    QTest::newRow("two roots") << QByteArray("<a/>\n<b/>") << 2 << 1 << QStringLiteral("second root");
    QTest::newRow("text after root") << QByteArray("<a/>x") << 1 << 5 << QStringLiteral("after the root");
    QTest::newRow("no root") << QByteArray("<!-- nothing -->\n") << 2 << 1 << QStringLiteral("no root");
    QTest::newRow("double dash in comment")
        << QByteArray("<a><!-- a -- b --></a>") << 1 << 11 << QStringLiteral("\"--\"");
    QTest::newRow("]]> in text") << QByteArray("<a>x]]>y</a>") << 1 << 5 << QStringLiteral("]]>");
    QTest::newRow("control character") << QByteArray("<a>x\x01y</a>") << 1 << 5 << QStringLiteral("U+0001");
    QTest::newRow("bad UTF-8") << QByteArray("<a>\n caf\xE9</a>") << 2 << 5 << QStringLiteral("UTF-8");
    QTest::newRow("surrogate in UTF-8") << QByteArray("<a>\xED\xA0\x80</a>") << 1 << 4 << QStringLiteral("UTF-8");
    QTest::newRow("character reference to NUL") << QByteArray("<a>&#0;</a>") << 1 << 4 << QStringLiteral("&#0;");
    QTest::newRow("entity declaration") << QByteArray("<!DOCTYPE a [\n <!ENTITY x \"y\">\n]><a>&x;</a>") << 2 << 2
                                        << QStringLiteral("entity declarations");
    QTest::newRow("late XML declaration")
        << QByteArray("<a/><?xml version=\"1.0\"?>") << 1 << 5 << QStringLiteral("very first");
    QTest::newRow("truncated tag") << QByteArray("<a><b x=\"1\"") << 1 << 4
                                   << QStringLiteral("ends inside the tag <b>");
    QByteArray deep;
    for (int i = 0; i < 300; ++i)
        deep += "<g>";
    QTest::newRow("absurd nesting") << deep << 1 << 769 << QStringLiteral("nested more than 256");
}

void TestXmlPull::malformedIsRefusedWithItsPlace()
{
    QFETCH(QByteArray, xml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    XmlPull reader(xml);
    while (!reader.atEnd())
        reader.next();
    QVERIFY(reader.hasError());
    QVERIFY2(reader.errorString().contains(message), qPrintable(reader.errorString()));
    XmlPosition position(xml);
    const auto [atLine, atColumn] = position.at(reader.errorOffset());
    QCOMPARE(atLine, line);
    QCOMPARE(atColumn, column);
    if (QTest::currentDataTag() != QByteArrayLiteral("absurd nesting") &&
        QTest::currentDataTag() != QByteArrayLiteral("entity declaration"))
        QVERIFY2(qtXmlEvents(xml).error, "QXmlStreamReader accepts it too");
}

void TestXmlPull::tokensKnowTheirBytes()
{
    const QByteArray xml = "<a x=\"1\"><b/>t&amp;<!--c--></a>";
    XmlPull reader(xml);
    QCOMPARE(reader.next(), Token::StartElement);
    QCOMPARE(reader.raw(), QByteArrayView("<a x=\"1\">"));
    QCOMPARE(reader.next(), Token::StartElement);
    QVERIFY(reader.isEmptyElement());
    QCOMPARE(reader.raw(), QByteArrayView("<b/>"));
    QCOMPARE(reader.next(), Token::EndElement);
    QCOMPARE(reader.name(), QByteArrayView("b"));
    QCOMPARE(reader.tokenBegin(), reader.tokenEnd()); // the end of <b/> is where its tag ends
    QCOMPARE(reader.tokenEnd(), 13);
    QCOMPARE(reader.next(), Token::Characters);
    QCOMPARE(reader.raw(), QByteArrayView("t&amp;"));
    QCOMPARE(reader.text(), QStringLiteral("t&"));
    QCOMPARE(reader.next(), Token::Comment);
    QCOMPARE(reader.body(), QByteArrayView("c"));
    QCOMPARE(reader.next(), Token::EndElement);
    QCOMPARE(reader.raw(), QByteArrayView("</a>"));
    QCOMPARE(reader.next(), Token::EndDocument);
    QVERIFY(!reader.hasError());
}

void TestXmlPull::positionsCountCharacters()
{
    const QByteArray text = "\xEF\xBB\xBFl1\nä日x\r\nz";
    XmlPosition position(text);
    QCOMPARE(position.at(3), std::make_pair(qint64(1), qint64(1)));  // after the byte order mark
    QCOMPARE(position.at(6), std::make_pair(qint64(2), qint64(1)));  // 'ä'
    QCOMPARE(position.at(11), std::make_pair(qint64(2), qint64(3))); // 'x' after ä (2 bytes) and 日 (3)
    QCOMPARE(position.at(14), std::make_pair(qint64(3), qint64(1))); // 'z'
    QCOMPARE(position.at(8), std::make_pair(qint64(2), qint64(2)));  // backwards works too
}

void TestXmlPull::undeclaredPrefixesWithoutNamespaceProcessing()
{
    // Android string files use xliff:g without declaring the prefix; QXmlStreamReader with namespace
    // processing off reads them, and so does XmlPull with it off.
    const QByteArray xml = "<r><s a:x=\"1\" b:x=\"2\">v <xliff:g id=\"n\">%d</xliff:g></s></r>";
    XmlPull strict(xml);
    while (!strict.atEnd())
        strict.next();
    QVERIFY(strict.hasError());
    QVERIFY2(strict.errorString().contains(u"not declared"), qPrintable(strict.errorString()));

    XmlPull lax(xml);
    lax.setNamespaceProcessing(false);
    QCOMPARE(lax.next(), Token::StartElement);
    QCOMPARE(lax.next(), Token::StartElement);
    QCOMPARE(lax.attributes().size(), std::size_t(2)); // a:x and b:x are two attributes, not one twice
    QCOMPARE(lax.attribute("b:x"), QStringLiteral("2"));
    QCOMPARE(lax.next(), Token::Characters);
    QCOMPARE(lax.next(), Token::StartElement);
    QCOMPARE(lax.qualifiedName(), QByteArrayView("xliff:g"));
    QCOMPARE(lax.prefix(), QByteArrayView("xliff"));
    QCOMPARE(lax.name(), QByteArrayView("g"));
    QVERIFY(lax.namespaceUri().isEmpty());
    while (!lax.atEnd())
        lax.next();
    QVERIFY2(!lax.hasError(), qPrintable(lax.errorString()));
    // Malformed stays malformed.
    XmlPull broken("<r><xliff:g></r>");
    broken.setNamespaceProcessing(false);
    while (!broken.atEnd())
        broken.next();
    QVERIFY(broken.hasError());
}

QTEST_GUILESS_MAIN(TestXmlPull)
#include "TestXmlPull.moc"
