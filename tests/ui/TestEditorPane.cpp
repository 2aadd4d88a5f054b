// Drives the real editor page offscreen on tar's Polish catalog (3 plural forms) and software-properties'
// German one, as a translator would: typing saves to the store, Ctrl+Enter confirms, moves on and
// fills the project TM, plural segments get one labelled field per form, F8 inserts the missing
// placeable, Ctrl+Z writes the old target and state back, misspelled words are underlined, and
// placeables are coloured in every syntax the tokenizer knows.
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QUndoStack>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

#include "EditorFixture.h"
#include "TempWorkspace.h"
#include "TestData.h"
#include "domain/Project.h"
#include "formats/FilterRegistry.h"
#include "models/SegmentTableModel.h"
#include "project/DocumentImporter.h"
#include "qa/SpellChecker.h"
#include "store/Database.h"
#include "store/ProjectRepository.h"
#include "store/SegmentRepository.h"
#include "text/Placeables.h"
#include "tm/TranslationMemory.h"
#include "ui/editor/EditController.h"
#include "ui/editor/EditorPage.h"
#include "ui/editor/SegmentEditPane.h"
#include "ui/widgets/PlaceableHighlighter.h"
#include "ui/widgets/SegmentTextEdit.h"

using namespace tessera;
using domain::Segment;
using domain::SegmentState;
using models::SegmentTableModel;
using ui::editor::EditorPage;
using ui::editor::SegmentEditPane;
using ui::widgets::SegmentTextEdit;

namespace {

const QString s_modeKey = QStringLiteral("%s: Cannot change mode to %s");
const QString s_ownerKey = QStringLiteral("%s: Cannot change ownership to uid %lu, gid %lu");
const QString s_readErrorKey = QStringLiteral("%s: Read error at byte %s, while reading %lu byte");
const QString s_renameKey = QStringLiteral("Cannot rename %s to %s");

// The formats the highlighter gave a field's first block, as the layout paints them.
QList<QTextLayout::FormatRange> formatsOf(const SegmentTextEdit* field)
{
    const QTextBlock block = field->document()->firstBlock();
    return block.layout() ? block.layout()->formats() : QList<QTextLayout::FormatRange>();
}

// The colour the highlighter painted a character in; invalid when it left the palette's.
QColor colourAt(const QList<QTextLayout::FormatRange>& formats, qsizetype at)
{
    for (const QTextLayout::FormatRange& r : formats) {
        if (r.start <= at && at < r.start + r.length && r.format.hasProperty(QTextFormat::ForegroundBrush))
            return r.format.foreground().color();
    }
    return {};
}

// Types like QTest::keyClicks, also letters beyond Latin-1 (Polish ż, ć), which QTest's key table lacks.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, char(c.unicode()));
            continue;
        }
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

bool underlined(const QList<QTextLayout::FormatRange>& formats, qsizetype at)
{
    return std::any_of(formats.begin(), formats.end(), [&](const QTextLayout::FormatRange& r) {
        return r.start <= at && at < r.start + r.length &&
               r.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline;
    });
}

} // namespace

class TestEditorPane : public QObject, protected testsupport::EditorFixture {
    Q_OBJECT

private:
    QString currentKey() const { return pane()->segment().key; }

private Q_SLOTS:
    void init()
    {
        QVERIFY2(makeWorkspace(), qPrintable(m_ws->error()));
        m_documentId = importCatalog(QStringLiteral("tar-pl.po"), QStringLiteral("tar"), QStringLiteral("pl"));
        QVERIFY2(!m_documentId.isEmpty(), qPrintable(m_importError));
        for (const QString& key : {s_modeKey, s_ownerKey, s_renameKey})
            QVERIFY(blank(key));
        QVERIFY(
            (*m_ws)->database().exec("UPDATE segments SET max_length = 30 WHERE key = '%s: Cannot change mode to %s'"));
        QVERIFY(openPage());
    }

    void cleanup() { closeAll(); }

    void theGridNavigatesAndThePaneShowsTheSegment()
    {
        auto* splitter = m_page->findChild<QSplitter*>(QStringLiteral("editorSplitter"));
        QVERIFY(splitter && splitter->isVisible());
        QVERIFY(pane()->isVisible() && pane()->height() > 150);
        QVERIFY(select(s_renameKey));
        QCOMPARE(pane()->sourceField(0)->toPlainText(), s_renameKey);
        QVERIFY(pane()->sourceField(0)->isReadOnly());
        QVERIFY(field()->toPlainText().isEmpty());
        m_page->table()->setFocus();
        QTest::keyClick(m_page->table(), Qt::Key_Down, Qt::AltModifier);
        QVERIFY(currentKey() != s_renameKey);
        QTest::keyClick(m_page->table(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(currentKey(), s_renameKey);
        // Typing in the grid goes into the translation.
        typeText(m_page->table(), QStringLiteral("Nie"));
        QCOMPARE(field()->toPlainText(), QStringLiteral("Nie"));
        QVERIFY(field()->hasFocus());
    }

    void typingIsSavedToTheStoreWithALengthCount()
    {
        QVERIFY(select(s_modeKey));
        field()->setFocus();
        typeText(field(), QStringLiteral("%s: Nie można zmienić"));
        auto* counter = pane()->findChild<QLabel*>(QStringLiteral("lengthCounter"));
        QCOMPARE(counter->text(), QStringLiteral("21 / 30"));
        QVERIFY(counter->styleSheet().isEmpty());
        QTRY_COMPARE(stored(s_modeKey).targets.value(0), QStringLiteral("%s: Nie można zmienić"));
        QCOMPARE(stored(s_modeKey).state, SegmentState::Draft);
        QCOMPARE(stored(s_modeKey).updatedBy, QStringLiteral("tester"));
        typeText(field(), QStringLiteral(" uprawnień na"));
        QCOMPARE(counter->text(), QStringLiteral("34 / 30"));
        QVERIFY(counter->styleSheet().contains(QStringLiteral("color")));
        // Leaving the segment saves at once, without waiting for the pause.
        QTest::keyClick(field(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(stored(s_modeKey).targets.value(0), QStringLiteral("%s: Nie można zmienić uprawnień na"));
        const int row = m_page->segments()->rowForId(stored(s_modeKey).id);
        QCOMPARE(m_page->segments()->index(row, SegmentTableModel::TargetColumn).data().toString(),
                 QStringLiteral("%s: Nie można zmienić uprawnień na"));
    }

    void ctrlEnterConfirmsMovesOnAndFillsTheProjectTm()
    {
        QVERIFY(select(s_modeKey));
        field()->setFocus();
        // Within the segment's maximum length of 30: a longer one is not confirmed (QA blocks it).
        typeText(field(), QStringLiteral("%s: Zmiana uprawnień na %s"));
        QTest::keyClick(field(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(stored(s_modeKey).state, SegmentState::Translated);
        QCOMPARE(stored(s_modeKey).targets.value(0), QStringLiteral("%s: Zmiana uprawnień na %s"));
        QCOMPARE(currentKey(), s_ownerKey); // the next segment needing work, in order
        QVERIFY(field()->hasFocus());
        QVERIFY(field()->toPlainText().isEmpty());

        auto memory = tm::TranslationMemory::open((*m_ws)->tm(), QStringLiteral("tar"));
        QVERIFY2(memory, qPrintable(testsupport::errorText(memory)));
        auto matches = (*memory)->lookup(s_modeKey, QStringLiteral("en"), QStringLiteral("pl"));
        QVERIFY(matches && !matches->isEmpty());
        QCOMPARE(matches->first().score, 100);
        QCOMPARE(matches->first().unit.target, QStringLiteral("%s: Zmiana uprawnień na %s"));

        // An empty translation is not confirmed.
        QTest::keyClick(field(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(stored(s_ownerKey).state, SegmentState::New);
        QCOMPARE(currentKey(), s_ownerKey);
    }

    void pluralSegmentsGetOneLabelledFieldPerForm()
    {
        QVERIFY(select(s_readErrorKey));
        QCOMPARE(pane()->formCount(), 3);
        QCOMPARE(pane()->sourceField(1)->toPlainText(),
                 QStringLiteral("%s: Read error at byte %s, while reading %lu bytes"));
        const QStringList expected{QStringLiteral("one: 1"), QStringLiteral("few: 2, 3, 4…"),
                                   QStringLiteral("many: 0, 5, 6…")};
        for (int form = 0; form < 3; ++form) {
            QVERIFY(field(form)->isVisible());
            QCOMPARE(pane()->formLabel(form)->text(), expected.at(form));
            QVERIFY(pane()->formLabel(form)->isVisible());
            QCOMPARE(field(form)->toPlainText(), stored(s_readErrorKey).targets.value(form));
        }
        // Editing the second form saves that form only.
        field(1)->setFocus();
        field(1)->moveCursor(QTextCursor::End);
        typeText(field(1), QStringLiteral("!"));
        QTest::keyClick(field(1), Qt::Key_Tab); // leaves the field: saved
        QTRY_VERIFY(stored(s_readErrorKey).targets.value(1).endsWith(QLatin1Char('!')));
        QVERIFY(!stored(s_readErrorKey).targets.value(0).endsWith(QLatin1Char('!')));
        QCOMPARE(stored(s_readErrorKey).targets.size(), 3);

        // A segment without plurals has one field and no form label.
        QVERIFY(select(s_renameKey));
        QCOMPARE(pane()->formCount(), 1);
        QVERIFY(!pane()->formLabel(0)->isVisible());
    }

    void f8InsertsTheNextMissingPlaceable()
    {
        QVERIFY(select(s_ownerKey));
        QAction* insert = m_page->editController()->action(QStringLiteral("insertMissingPlaceable"));
        QVERIFY(insert->toolTip().contains(QStringLiteral("F8")));
        auto* missing = pane()->findChild<QLabel*>(QStringLiteral("missingPlaceables"));
        QVERIFY(missing->isVisible());
        QVERIFY(missing->text().contains(QStringLiteral("%lu")));
        field()->setFocus();
        QTest::keyClick(field(), Qt::Key_F8);
        typeText(field(), QStringLiteral(": Nie można zmienić właściciela na uid "));
        QTest::keyClick(field(), Qt::Key_F8);
        typeText(field(), QStringLiteral(", gid "));
        QTest::keyClick(field(), Qt::Key_F8);
        QCOMPARE(field()->toPlainText(), QStringLiteral("%s: Nie można zmienić właściciela na uid %lu, gid %lu"));
        QVERIFY(!missing->isVisible());
        QTest::keyClick(field(), Qt::Key_F8); // nothing left: nothing inserted
        QCOMPARE(field()->toPlainText(), QStringLiteral("%s: Nie można zmienić właściciela na uid %lu, gid %lu"));
        QTRY_COMPARE(stored(s_ownerKey).targets.value(0),
                     QStringLiteral("%s: Nie można zmienić właściciela na uid %lu, gid %lu"));
    }

    void copySourceFillsTheTarget()
    {
        QVERIFY(select(s_renameKey));
        field()->setFocus();
        QTest::keyClick(field(), Qt::Key_Space, Qt::ControlModifier);
        QCOMPARE(field()->toPlainText(), s_renameKey);
        QCOMPARE(stored(s_renameKey).targets.value(0), s_renameKey);
        QCOMPARE(stored(s_renameKey).state, SegmentState::Draft);
    }

    void undoWritesTheOldTargetAndStateBack()
    {
        QVERIFY(select(s_modeKey));
        field()->setFocus();
        typeText(field(), QStringLiteral("Zmiana trybu %s na %s"));
        QTest::keyClick(field(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(stored(s_modeKey).state, SegmentState::Translated);
        QCOMPARE(currentKey(), s_ownerKey);
        const int row = m_page->segments()->rowForId(stored(s_modeKey).id);
        auto stateShown = [&] {
            return SegmentState(m_page->segments()->index(row, 0).data(SegmentTableModel::StateRole).toInt());
        };
        QCOMPARE(stateShown(), SegmentState::Translated);

        QTest::keyClick(field(), Qt::Key_Z, Qt::ControlModifier); // the confirmation
        QCOMPARE(stored(s_modeKey).state, SegmentState::Draft);
        QCOMPARE(stored(s_modeKey).targets.value(0), QStringLiteral("Zmiana trybu %s na %s"));
        QCOMPARE(stateShown(), SegmentState::Draft);
        QCOMPARE(currentKey(), s_modeKey); // undo shows the segment it changed
        QCOMPARE(field()->toPlainText(), QStringLiteral("Zmiana trybu %s na %s"));

        QTest::keyClick(field(), Qt::Key_Z, Qt::ControlModifier); // the typing
        QCOMPARE(stored(s_modeKey).state, SegmentState::New);
        QVERIFY(stored(s_modeKey).targets.isEmpty());
        QVERIFY(field()->toPlainText().isEmpty());

        QTest::keyClick(field(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); // redo the typing
        QCOMPARE(stored(s_modeKey).targets.value(0), QStringLiteral("Zmiana trybu %s na %s"));
        QCOMPARE(stored(s_modeKey).state, SegmentState::Draft);
        QCOMPARE(field()->toPlainText(), QStringLiteral("Zmiana trybu %s na %s"));
    }

    void placeablesAreColouredInEverySyntax_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("printf") << QStringLiteral("%s: wrote %lu of %5.2f, %1$s and %-10d");
        QTest::newRow("qt") << QStringLiteral("Copy %1 to %L2, %n file(s)");
        QTest::newRow("icu") << QStringLiteral("{count, plural, one {# file in {folder}} other {# files}}");
        QTest::newRow("i18next") << QStringLiteral("Hello {{name}}, you have {{count, number}} messages");
        QTest::newRow("python") << QStringLiteral("Value {0!r} or {width:>10} and %(name)s");
        QTest::newRow("ruby") << QStringLiteral("Hi %{user}, %<total>d left");
        QTest::newRow("markup") << QStringLiteral("<a href=\"x.html\">Save</a> &amp; quit&#160;<br/>");
        QTest::newRow("escapes") << QStringLiteral("Line\\none\\ttab \\u00e9 100%% done");
    }

    void placeablesAreColouredInEverySyntax()
    {
        QFETCH(QString, text);
        QVERIFY(select(s_renameKey));
        SegmentTextEdit* source = pane()->sourceField(0);
        source->setTextQuietly(text);
        const auto formats = formatsOf(source);
        const auto placeables = text::Placeables::find(text);
        QVERIFY(!placeables.isEmpty());
        auto inPlaceable = [&](qsizetype at) {
            return std::any_of(placeables.begin(), placeables.end(),
                               [&](const auto& p) { return p.start <= at && at < p.end(); });
        };
        // Prose keeps one colour (the theme's normal text); every placeable character stands out from it.
        QColor prose;
        for (qsizetype at = 0; at < text.size(); ++at) {
            if (inPlaceable(at) || !text.at(at).isLetter())
                continue;
            if (!prose.isValid())
                prose = colourAt(formats, at);
            QVERIFY2(colourAt(formats, at) == prose, qPrintable(text.left(at + 1)));
        }
        for (const auto& p : placeables) {
            for (qsizetype at = p.start; at < p.end(); ++at) {
                const QColor colour = colourAt(formats, at);
                QVERIFY2(colour.isValid() && colour != prose, qPrintable(text.mid(p.start, p.length)));
            }
        }
    }

    void misspelledWordsAreUnderlined()
    {
        m_page.reset();
        m_documentId = importCatalog(QStringLiteral("software-properties-de.po"), QStringLiteral("Software Properties"),
                                     QStringLiteral("de"));
        QVERIFY2(!m_documentId.isEmpty(), qPrintable(m_importError));
        QVERIFY(openPage());
        QVERIFY2(qa::SpellChecker::forLanguage(QStringLiteral("de")),
                 "no German Hunspell dictionary through Sonnet (hunspell-de-de and sonnet6-plugins)");
        const QString key = QStringLiteral("Archive has template, updating %s");
        QVERIFY(blank(key));
        m_page->reloadSegments();
        QVERIFY(select(key));
        field()->setFocus();
        const QString typed = QStringLiteral("Das Archiv hat eine Vorlagge, %s wird aktualisiert");
        typeText(field(), typed);
        const auto formats = formatsOf(field());
        const qsizetype wrong = typed.indexOf(QStringLiteral("Vorlagge"));
        for (qsizetype at = wrong; at < wrong + 8; ++at)
            QVERIFY(underlined(formats, at));
        for (const QString& right : {QStringLiteral("Archiv"), QStringLiteral("aktualisiert")})
            QVERIFY2(!underlined(formats, typed.indexOf(right)), qPrintable(right));
        QVERIFY(!underlined(formats, typed.indexOf(QStringLiteral("%s"))));
        // The context menu offers the dictionary's suggestions for the underlined word.
        const auto [start, end] = field()->misspelledWordAt(int(wrong + 2));
        QCOMPARE(start, int(wrong));
        QCOMPARE(end, int(wrong + 8));
        QVERIFY(field()
                    ->highlighter()
                    ->spellChecker()
                    ->suggestions(QStringLiteral("Vorlagge"))
                    .contains(QStringLiteral("Vorlage")));
    }

    void theDefinitionLoadsFromTheResources()
    {
        auto repository = ui::widgets::PlaceableHighlighter::createRepository();
        const auto definition = repository->definitionForName(ui::widgets::PlaceableHighlighter::definitionName());
        QVERIFY(definition.isValid());
    }
};

QTEST_MAIN(TestEditorPane)
#include "TestEditorPane.moc"
