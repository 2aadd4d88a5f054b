// Tests which placeables of a source the editor reports missing from a translation, and in what order.
#include <QTest>

#include "editing/MissingPlaceables.h"

using namespace tessera;
using editing::MissingPlaceables;

class TestMissingPlaceables : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void missing_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QStringList>("missing");
        // Strings from tar's and glib's catalogs and from the formats' test files.
        QTest::newRow("none typed yet") << QStringLiteral("%s: Wrote only %lu of %lu byte") << QString()
                                        << QStringList{QStringLiteral("%s"), QStringLiteral("%lu"),
                                                       QStringLiteral("%lu")};
        QTest::newRow("one of two repeated")
            << QStringLiteral("%s: Wrote only %lu of %lu byte") << QStringLiteral("%s: Zapisano tylko %lu z")
            << QStringList{QStringLiteral("%lu")};
        QTest::newRow("all there, reordered")
            << QStringLiteral("Copy %1 to %2") << QStringLiteral("%2 nach %1 kopieren") << QStringList();
        QTest::newRow("positional printf")
            << QStringLiteral("%1$s of %2$s") << QStringLiteral("%2$s") << QStringList{QStringLiteral("%1$s")};
        QTest::newRow("tags and entities")
            << QStringLiteral("<b>Save</b> &amp; quit") << QStringLiteral("<b>Speichern &amp; beenden")
            << QStringList{QStringLiteral("</b>")};
        QTest::newRow("icu plural structure left out")
            << QStringLiteral("{count, plural, one {# file} other {# files}}")
            << QStringLiteral("{count, plural, one {# Datei} other {Dateien}}") << QStringList{QStringLiteral("#")};
        QTest::newRow("i18next and ruby")
            << QStringLiteral("Hello {{name}}, %{count} new") << QStringLiteral("Hallo {{name}}")
            << QStringList{QStringLiteral("%{count}")};
        QTest::newRow("prose only") << QStringLiteral("100% sure") << QStringLiteral("ganz sicher") << QStringList();
    }

    void missing()
    {
        QFETCH(QString, source);
        QFETCH(QString, target);
        QFETCH(QStringList, missing);
        QStringList found;
        for (const auto& p : MissingPlaceables::find(source, target))
            found.append(p.text);
        QCOMPARE(found, missing);
    }
};

QTEST_GUILESS_MAIN(TestMissingPlaceables)
#include "TestMissingPlaceables.moc"
