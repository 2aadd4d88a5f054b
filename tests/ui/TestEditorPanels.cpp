// Tests the editor's suggestions and context panels offscreen, on real files: gdk-pixbuf's German
// catalog with its TMX imported into a TM and its TBX glossary (selecting a segment shows its matches
// with score and diff and its glossary terms; Ctrl+1 stores the first suggestion), and gettext's
// hello-c-gnome Finnish catalog with the example's own hello.c as the project's source folder (key,
// location with the code around it, history with Restore, comments).
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include "TempWorkspace.h"
#include "TestData.h"
#include "TmFixture.h"
#include "domain/Project.h"
#include "formats/FilterRegistry.h"
#include "formats/TmxReader.h"
#include "models/SegmentTableModel.h"
#include "project/DocumentImporter.h"
#include "store/CommentRepository.h"
#include "store/ProjectRepository.h"
#include "store/SegmentRepository.h"
#include "store/UserRepository.h"
#include "terms/Termbase.h"
#include "ui/editor/ContextPanel.h"
#include "ui/editor/EditorPage.h"
#include "ui/editor/SegmentEditPane.h"
#include "ui/editor/SourceSnippetView.h"
#include "ui/editor/SuggestionsPanel.h"
#include "ui/widgets/SegmentTextEdit.h"

using namespace tessera;
using domain::SegmentState;
using models::SegmentTableModel;
using ui::editor::EditorPage;

namespace {

QString tmxTarget(const QString& source)
{
    QString target;
    (void)formats::TmxReader::read(
        testsupport::readTestData(QStringLiteral("tmx"), QStringLiteral("gdk-pixbuf-de.tmx")),
        QStringLiteral("gdk-pixbuf-de.tmx"), [&](const formats::TmxUnit& unit) {
            if (unit.unit.source == source)
                target = unit.unit.target;
            return true;
        });
    return target;
}

} // namespace

class TestEditorPanels : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TempWorkspace> m_ws;
    std::unique_ptr<EditorPage> m_page;
    QString m_documentId;

    template <typename T> T* child(const char* name) const { return m_page->findChild<T*>(QString::fromLatin1(name)); }

    // Imports tests/data/po/FILE into a new project and opens it in a new editor page.
    void openCatalog(const QString& file, const QString& target, const QString& sourceDir = {})
    {
        domain::Project project;
        project.name = file;
        project.sourceLanguage = QStringLiteral("en");
        project.targetLanguages = {target};
        project.sourceDir = sourceDir;
        auto created = (*m_ws)->projects().create(project);
        QVERIFY(created);
        formats::FilterRegistry filters;
        project::DocumentImporter importer(**m_ws, filters);
        const QByteArray bytes = testsupport::readTestData(QStringLiteral("po"), file);
        QVERIFY(!bytes.isEmpty());
        auto summary = importer.import(created->id, file, bytes);
        QVERIFY2(summary, qPrintable(testsupport::errorText(summary)));
        m_documentId = summary->documents.first().id;

        m_page = std::make_unique<EditorPage>(**m_ws, QStringLiteral("tester"));
        m_page->resize(1500, 900);
        m_page->setProject(created->id);
        QVERIFY(m_page->openDocument(m_documentId));
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void openGdkPixbuf()
    {
        auto added = testsupport::importTmx(**m_ws, QStringLiteral("gdk-pixbuf-de.tmx"), QStringLiteral("gdk-pixbuf"));
        QVERIFY2(added, qPrintable(testsupport::errorText(added)));
        terms::Termbase termbase(**m_ws);
        terms::ImportOptions options;
        options.targetLanguage = QStringLiteral("de");
        auto imported = termbase.importFile(
            testsupport::testDataDir(QStringLiteral("tbx")) + QStringLiteral("gdk-pixbuf-de.tbx"), options);
        QVERIFY2(imported, qPrintable(testsupport::errorText(imported)));
        m_ws->clock().advance(3 * 24 * 3600); // the units were stored three days ago
        openCatalog(QStringLiteral("gdk-pixbuf-de.po"), QStringLiteral("de"));
    }

    // Makes the row with this source current, as a click on it would; returns the row.
    int select(const QString& source)
    {
        auto* model = m_page->segments();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, SegmentTableModel::SourceColumn).data().toString() == source) {
                m_page->table()->setCurrentIndex(model->index(row, SegmentTableModel::TargetColumn));
                return row;
            }
        }
        return -1;
    }

    QList<QLabel*> labelsIn(const char* frame, const char* label) const
    {
        QWidget* row = child<QWidget>(frame);
        return row ? row->findChildren<QLabel*>(QString::fromLatin1(label)) : QList<QLabel*>();
    }

    QString labelText(const char* frame, const char* label) const
    {
        const auto labels = labelsIn(frame, label);
        return labels.isEmpty() ? QString() : labels.first()->text();
    }

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<testsupport::TempWorkspace>();
        QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
    }

    void cleanup()
    {
        m_page.reset();
        m_ws.reset();
    }

    void selectingASegmentShowsItsTmMatchesWithScoreAndDiff()
    {
        openGdkPixbuf();
        const QString source = QStringLiteral("Couldn’t write to TIFF file");
        QVERIFY(select(source) >= 0);
        auto* panel = child<ui::editor::SuggestionsPanel>("suggestionsPanel");
        QVERIFY(panel && panel->isVisible());
        QTRY_VERIFY(child<QWidget>("tmMatch1") != nullptr);

        QCOMPARE(labelText("tmMatch1", "matchScore"), QStringLiteral("100%"));
        QCOMPARE(labelText("tmMatch1", "matchTarget"), tmxTarget(source));
        // (Without the app's plural-forms catalogue loaded, Qt shows "day(s)".)
        QVERIFY2(labelText("tmMatch1", "matchOrigin")
                     .contains(QRegularExpression(QStringLiteral("^gdk-pixbuf · 3 day(s|\\(s\\)) ago$"))),
                 qPrintable(labelText("tmMatch1", "matchOrigin")));
        QVERIFY(!labelText("tmMatch1", "matchSource").contains(QStringLiteral("<del")));

        // The BMP message is a fuzzy match: its "BMP" struck through, the query's "TIFF" inserted.
        QString bmpRow;
        for (int n = 2; n <= panel->suggestionCount(); ++n) {
            const QByteArray name = QStringLiteral("tmMatch%1").arg(n).toLatin1();
            if (labelText(name.constData(), "matchTarget") == tmxTarget(QStringLiteral("Couldn’t write to BMP file")))
                bmpRow = QString::fromLatin1(name);
        }
        QVERIFY2(!bmpRow.isEmpty(), "the BMP message is not among the matches");
        const QByteArray bmp = bmpRow.toLatin1();
        const int score = labelText(bmp.constData(), "matchScore").chopped(1).toInt();
        QVERIFY2(score >= 50 && score < 100, qPrintable(labelText(bmp.constData(), "matchScore")));
        const QString diff = labelText(bmp.constData(), "matchSource");
        QVERIFY2(diff.contains(QRegularExpression(QStringLiteral("<del [^>]*line-through[^>]*>BMP</del>"))),
                 qPrintable(diff));
        QVERIFY2(diff.contains(QRegularExpression(QStringLiteral("<ins [^>]*>TIFF</ins>"))), qPrintable(diff));
        // The machine-translation slot is there, empty until MT lands.
        QVERIFY(child<QLabel>("mtHeading")->isVisible());
        QVERIFY(child<QLabel>("mtEmpty") != nullptr);
    }

    void ctrl1InsertsTheFirstSuggestionAndStoresIt()
    {
        openGdkPixbuf();
        const QString source = QStringLiteral("Couldn’t write to TIFF file");
        const int row = select(source);
        QVERIFY(row >= 0);
        const QString id = m_page->segments()->index(row, 0).data(SegmentTableModel::SegmentIdRole).toString();
        QTRY_VERIFY(child<QWidget>("tmMatch1") != nullptr);

        // The translator types something else into the pane first (the catalog is fully translated).
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        auto* pane = m_page->editPane();
        pane->focusTarget(0);
        auto* field = pane->targetField(0);
        QVERIFY(field);
        field->selectAll();
        QTest::keyClicks(field, QStringLiteral("xyz"));
        pane->flush();
        QCOMPARE((*m_ws)->segments().find(id)->targets, QStringList{QStringLiteral("xyz")});

        // Ctrl+1 puts the first suggestion's target into the pane and the store.
        QTest::keyClick(field, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(field->toPlainText(), tmxTarget(source));
        QTRY_COMPARE((*m_ws)->segments().find(id)->targets, QStringList{tmxTarget(source)});
        QTRY_COMPARE(m_page->segments()->index(row, SegmentTableModel::TargetColumn).data().toString(),
                     tmxTarget(source));

        // Ctrl+2 from the grid works as well; the actions are there by name (for the shortcut settings).
        const QString second = child<ui::editor::SuggestionsPanel>("suggestionsPanel")->suggestionText(2);
        QVERIFY(!second.isEmpty() && second != tmxTarget(source));
        m_page->table()->setFocus();
        QTest::keyClick(m_page->table(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(field->toPlainText(), second);
        QTRY_COMPARE((*m_ws)->segments().find(id)->targets, QStringList{second});
        auto* ninth = m_page->findChild<QAction*>(QStringLiteral("insertSuggestion9"));
        QVERIFY(ninth && ninth->shortcut() == QKeySequence(QStringLiteral("Ctrl+9")));
    }

    void glossaryHitsShowForATermInTheSource()
    {
        openGdkPixbuf();
        QVERIFY(select(QStringLiteral("Could not get image height (bad TIFF file)")) >= 0);
        QTRY_VERIFY(child<QLabel>("glossaryHit") != nullptr);
        const QString hit = child<QLabel>("glossaryHit")->text();
        QVERIFY2(hit.contains(QStringLiteral("<b>height</b>")), qPrintable(hit));
        QVERIFY2(hit.contains(QStringLiteral("Höhe <i>(preferred)</i>")), qPrintable(hit));
        auto* source = child<QLabel>("glossarySource");
        QVERIFY(source->isVisible());
        QVERIFY2(source->text().contains(QRegularExpression(QStringLiteral("<b style=[^>]*>height</b>"))),
                 qPrintable(source->text()));

        // A segment without terms says so; the old hit is gone.
        QVERIFY(select(QStringLiteral("Failed to open temporary file")) >= 0);
        QTRY_VERIFY(child<QLabel>("glossaryHit") == nullptr);
        QVERIFY(!child<QLabel>("glossarySource")->isVisible());
    }

    void contextShowsKeyLocationCodeHistoryAndRestores()
    {
        const QString sources = testsupport::testDataDir(QStringLiteral("src/hello-c-gnome"));
        openCatalog(QStringLiteral("hello-c-gnome-fi.po"), QStringLiteral("fi"), sources);
        const int row = select(QStringLiteral("Hello, world!"));
        QVERIFY(row >= 0);
        auto* tabs = child<QTabWidget>("sidePanels");
        tabs->setCurrentWidget(child<QWidget>("contextPanel"));
        const QString id = m_page->segments()->index(row, 0).data(SegmentTableModel::SegmentIdRole).toString();
        const domain::Segment segment = *(*m_ws)->segments().find(id);

        QCOMPARE(child<QLabel>("contextKey")->text(), segment.key);
        QCOMPARE(child<QLabel>("contextNote")->text(), QStringLiteral("(none)"));
        QCOMPARE(child<QLabel>("location")->text(), QStringLiteral("hello.c:51"));
        auto* code = child<ui::editor::SourceSnippetView>("sourceSnippet");
        QVERIFY(code && code->isVisible());
        QCOMPARE(code->firstLine(), 46);
        QCOMPARE(code->definitionName(), QStringLiteral("C"));
        QVERIFY(code->toPlainText().contains(QStringLiteral("label1 = gtk_label_new (_(\"Hello, world!\"));")));
        QCOMPARE(code->toPlainText().count(QLatin1Char('\n')), 10); // lines 46–56
        // The code follows the palette: on a dark one it is drawn with a dark theme.
        QVERIFY(code->viewport()->palette().color(QPalette::Base).lightness() >= 128);
        QPalette dark = m_page->palette();
        dark.setColor(QPalette::Base, QColor(0x23, 0x26, 0x29));
        dark.setColor(QPalette::Window, QColor(0x31, 0x36, 0x3b));
        dark.setColor(QPalette::Text, QColor(0xef, 0xf0, 0xf1));
        dark.setColor(QPalette::WindowText, QColor(0xef, 0xf0, 0xf1));
        m_page->setPalette(dark);
        QTRY_VERIFY(code->viewport()->palette().color(QPalette::Base).lightness() < 128);
        QVERIFY(code->viewport()->palette().color(QPalette::Text).lightness() >= 128);
        m_page->setPalette(QPalette());

        QCOMPARE(child<QLabel>("previousSegment")->text(), QStringLiteral("(none)"));
        QVERIFY(child<QLabel>("nextSegment")
                    ->text()
                    .startsWith(QStringLiteral("This program is running as process number %d. → ")));

        // Nothing edited yet: the history says so.
        QVERIFY(child<QLabel>("historyEmpty")->isVisible());
        QVERIFY(!child<QTreeWidget>("historyTree")->isVisible());

        // Two edits through the grid, then Restore of the first brings it back as a new revision.
        auto* model = m_page->segments();
        const QModelIndex target = model->index(row, SegmentTableModel::TargetColumn);
        QVERIFY(model->setData(target, QStringLiteral("Hei maailma!")));
        QVERIFY(model->setData(model->index(row, SegmentTableModel::TargetColumn), QStringLiteral("Moi maailma!")));
        auto* history = child<QTreeWidget>("historyTree");
        QTRY_COMPARE(history->topLevelItemCount(), 2);
        QVERIFY(history->isVisible() && !child<QLabel>("historyEmpty")->isVisible());
        QVERIFY(history->topLevelItem(0)->text(3).contains(QStringLiteral("Moi maailma!")));
        QCOMPARE(history->topLevelItem(0)->text(2), QStringLiteral("tester"));
        QVERIFY(history->topLevelItem(1)->text(3).contains(QStringLiteral("Hei maailma!")));
        // The older version is selected for restoring; the newest cannot be (it is what is there).
        auto* restore = child<QPushButton>("restoreRevision");
        history->setCurrentItem(history->topLevelItem(0));
        QVERIFY(!restore->isEnabled());
        history->setCurrentItem(history->topLevelItem(1));
        QVERIFY(restore->isEnabled());
        QTest::mouseClick(restore, Qt::LeftButton);

        QCOMPARE((*m_ws)->segments().find(id)->targets, QStringList{QStringLiteral("Hei maailma!")});
        QTRY_COMPARE(history->topLevelItemCount(), 3);
        QTRY_COMPARE(m_page->editPane()->targetField(0)->toPlainText(), QStringLiteral("Hei maailma!"));
        QVERIFY(history->topLevelItem(0)->text(3).contains(QStringLiteral("Hei maailma!")));
        const int shown = m_page->segments()->rowForId(id);
        QCOMPARE(m_page->segments()->index(shown, SegmentTableModel::TargetColumn).data().toString(),
                 QStringLiteral("Hei maailma!"));
    }

    void commentsAreAddedAndThreaded()
    {
        const QString sources = testsupport::testDataDir(QStringLiteral("src/hello-c-gnome"));
        openCatalog(QStringLiteral("hello-c-gnome-fi.po"), QStringLiteral("fi"), sources);
        const int row = select(QStringLiteral("Hello, world!"));
        QVERIFY(row >= 0);
        child<QTabWidget>("sidePanels")->setCurrentWidget(child<QWidget>("contextPanel"));
        const QString id = m_page->segments()->index(row, 0).data(SegmentTableModel::SegmentIdRole).toString();

        auto* input = child<QPlainTextEdit>("commentInput");
        auto* add = child<QPushButton>("addComment");
        auto* reply = child<QPushButton>("replyComment");
        auto* tree = child<QTreeWidget>("commentTree");
        QVERIFY(!add->isEnabled());
        QTest::keyClicks(input, QStringLiteral("Is this the window title?"));
        QVERIFY(add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(tree->topLevelItemCount(), 1);
        QVERIFY(tree->topLevelItem(0)->text(0).startsWith(QStringLiteral("tester, ")));
        QVERIFY(tree->topLevelItem(0)->text(0).endsWith(QStringLiteral(":\nIs this the window title?")));
        QVERIFY(input->toPlainText().isEmpty());

        tree->setCurrentItem(tree->topLevelItem(0));
        QTest::keyClicks(input, QStringLiteral("No, a label in the window."));
        QVERIFY(reply->isEnabled());
        QTest::mouseClick(reply, Qt::LeftButton);
        QCOMPARE(tree->topLevelItemCount(), 1);
        QCOMPARE(tree->topLevelItem(0)->childCount(), 1);
        QVERIFY(tree->topLevelItem(0)->child(0)->text(0).endsWith(QStringLiteral("\nNo, a label in the window.")));

        auto stored = (*m_ws)->comments().listForSegment(id);
        QVERIFY(stored && stored->size() == 2);
        QCOMPARE(stored->at(1).parentId, stored->at(0).id);
        QCOMPARE((*m_ws)->users().findByName(QStringLiteral("tester"))->id, stored->at(0).author);
        // The grid's flags column counts them.
        const int shown = m_page->segments()->rowForId(id);
        QTRY_COMPARE(m_page->segments()->index(shown, 0).data(SegmentTableModel::CommentCountRole).toInt(), 2);
    }

    void withoutSourceFolderTheLocationsSayHowToSetOne()
    {
        openCatalog(QStringLiteral("hello-c-gnome-fi.po"), QStringLiteral("fi"));
        QVERIFY(select(QStringLiteral("Hello, world!")) >= 0);
        QCOMPARE(child<QLabel>("location")->text(), QStringLiteral("hello.c:51"));
        QVERIFY(child<ui::editor::SourceSnippetView>("sourceSnippet") == nullptr);
        QVERIFY(child<QLabel>("locationHint")->text().contains(QStringLiteral("--source-dir")));
    }

    void developerNotesShow()
    {
        // Kodi's skin strings carry "#." notes for translators.
        openCatalog(QStringLiteral("kodi-estuary-en_gb.po"), QStringLiteral("en-GB"));
        QVERIFY(select(QStringLiteral("Recent recordings")) >= 0);
        QCOMPARE(child<QLabel>("contextNote")->text(),
                 QStringLiteral("home screen recordings widget: recent tv / radio recordings"));
        QCOMPARE(child<QLabel>("location")->text(), QStringLiteral("/xml/Home.xml"));
    }
};

QTEST_MAIN(TestEditorPanels)
#include "TestEditorPanels.moc"
