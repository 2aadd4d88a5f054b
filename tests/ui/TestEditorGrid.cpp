// Tests the editor page's filter bar offscreen on a real catalog (software-properties' German
// translation from Debian, with untranslated and fuzzy entries): typing a search, the regex toggle with a broken
// pattern, the state and sort choices, and an edit (F2 from the table into the editing pane) while a filter is on.
#include <algorithm>
#include <functional>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include "EditorFixture.h"
#include "FakeClock.h"
#include "TempWorkspace.h"
#include "TestData.h"
#include "domain/Project.h"
#include "formats/FilterRegistry.h"
#include "models/SegmentTableModel.h"
#include "project/DocumentImporter.h"
#include "store/Database.h"
#include "store/OutboxRepository.h"
#include "store/ProjectRepository.h"
#include "store/SegmentRepository.h"
#include "ui/editor/EditorPage.h"
#include "ui/editor/SegmentFilterBar.h"

using namespace tessera;
using domain::Segment;
using domain::SegmentState;
using models::SegmentTableModel;
using ui::editor::EditorPage;

class TestEditorGrid : public QObject, protected testsupport::EditorFixture {
    Q_OBJECT

private:
    template <typename T> T* child(const char* name) const { return m_page->findChild<T*>(QString::fromLatin1(name)); }

    int countWhere(const std::function<bool(const Segment&)>& keep) const
    {
        const auto segments = (*m_ws)->segments().listForDocument(m_documentId).value_or(QList<Segment>());
        return int(std::count_if(segments.begin(), segments.end(), keep));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY2(makeWorkspace(), qPrintable(m_ws->error()));
        m_documentId = importCatalog(QStringLiteral("software-properties-de.po"), QStringLiteral("Software Properties"),
                                     QStringLiteral("de"));
        QVERIFY2(!m_documentId.isEmpty(), qPrintable(m_importError));
        QVERIFY(openPage(QSize(1400, 800), testsupport::EditorFixture::PageWait::Exposed));
    }

    void cleanup() { closeAll(); }

    void typingASearchFilters()
    {
        auto* search = child<QLineEdit>("searchField");
        QVERIFY(search && search->isVisible());
        const int all = m_page->segments()->rowCount();
        const int withPpa = countWhere([](const Segment& s) {
            return s.source.contains(QStringLiteral("ppa"), Qt::CaseInsensitive) ||
                   s.sourcePlural.contains(QStringLiteral("ppa"), Qt::CaseInsensitive) ||
                   s.targets.join(QLatin1Char('\n')).contains(QStringLiteral("ppa"), Qt::CaseInsensitive);
        });
        QVERIFY(withPpa > 0 && withPpa < all);
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("ppa"));
        QTRY_COMPARE(m_page->segments()->rowCount(), withPpa);
        for (int row = 0; row < m_page->segments()->rowCount(); ++row) {
            const QString text = m_page->segments()->index(row, SegmentTableModel::SourceColumn).data().toString() +
                                 m_page->segments()->index(row, SegmentTableModel::TargetColumn).data().toString();
            QVERIFY(text.contains(QStringLiteral("ppa"), Qt::CaseInsensitive));
        }
        auto* summary = child<QLabel>("documentSummary");
        QVERIFY(summary->text().contains(QStringLiteral("%1 shown").arg(withPpa)));

        // Clearing the field shows everything again.
        search->clear();
        QTRY_COMPARE(m_page->segments()->rowCount(), all);
        QVERIFY(!summary->text().contains(QStringLiteral("shown")));
    }

    void brokenRegexIsMarkedAndKeepsTheRows()
    {
        auto* search = child<QLineEdit>("searchField");
        auto* regex = child<QToolButton>("regexToggle");
        QVERIFY(search && regex);
        regex->click();
        QTest::keyClicks(search, QStringLiteral("^error"));
        const int errors = countWhere([](const Segment& s) {
            const QRegularExpression re(QStringLiteral("^error"), QRegularExpression::CaseInsensitiveOption |
                                                                      QRegularExpression::UseUnicodePropertiesOption);
            return re.match(s.source).hasMatch() || (s.isPlural() && re.match(s.sourcePlural).hasMatch()) ||
                   re.match(s.targets.join(QLatin1Char('\n'))).hasMatch();
        });
        QVERIFY(errors > 0);
        QTRY_COMPARE(m_page->segments()->rowCount(), errors);
        QVERIFY(search->toolTip().isEmpty());

        QTest::keyClicks(search, QStringLiteral(": (ppa"));
        QTRY_VERIFY(search->toolTip().contains(QStringLiteral("invalid regular expression")));
        QCOMPARE(m_page->segments()->rowCount(), errors);
        QTest::keyClick(search, Qt::Key_Backspace);
        QTest::keyClicks(search, QStringLiteral("s?)"));
        QTRY_VERIFY(search->toolTip().isEmpty());
    }

    void stateAndSortChoices()
    {
        auto* state = child<QComboBox>("stateFilter");
        auto* sort = child<QComboBox>("sortOrder");
        QVERIFY(state && sort);
        state->setCurrentIndex(state->findText(QStringLiteral("Needs work")));
        const int needsWork = countWhere([](const Segment& s) { return domain::needsWork(s.state); });
        QVERIFY(needsWork > 0);
        QCOMPARE(m_page->segments()->rowCount(), needsWork);
        for (int row = 0; row < m_page->segments()->rowCount(); ++row)
            QVERIFY(domain::needsWork(
                SegmentState(m_page->segments()->index(row, 0).data(SegmentTableModel::StateRole).toInt())));

        state->setCurrentIndex(0);
        sort->setCurrentIndex(sort->findText(QStringLiteral("Key")));
        QString previous;
        for (int row = 0; row < m_page->segments()->rowCount(); ++row) {
            const QString key = m_page->segments()->index(row, SegmentTableModel::KeyColumn).data().toString();
            QVERIFY2(previous.toUtf8() <= key.toUtf8(), qPrintable(key));
            previous = key;
        }
        child<QToolButton>("descendingToggle")->click();
        QVERIFY(m_page->segments()->index(0, SegmentTableModel::KeyColumn).data().toString().toUtf8() >=
                previous.toUtf8());
    }

    void editWhileFiltered()
    {
        auto* state = child<QComboBox>("stateFilter");
        state->setCurrentIndex(state->findText(QStringLiteral("New")));
        QTableView* table = m_page->table();
        const int shown = m_page->segments()->rowCount();
        QVERIFY(shown > 2);
        const QModelIndex target = m_page->segments()->index(1, SegmentTableModel::TargetColumn);
        const QString id = target.data(SegmentTableModel::SegmentIdRole).toString();
        table->setCurrentIndex(target);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_F2); // to the editing pane's translation field
        auto* editor = m_page->findChild<QPlainTextEdit*>(QStringLiteral("targetField0"));
        QVERIFY(editor);
        QTRY_VERIFY(editor->hasFocus());
        QTest::keyClicks(editor, QStringLiteral("Übersetzt"));
        table->setFocus(); // leaving the field saves
        QTRY_COMPARE(target.data(SegmentTableModel::FormsRole).toStringList().value(0), QStringLiteral("Übersetzt"));
        QCOMPARE(m_page->segments()->rowCount(), shown); // stays until the filter is applied again
        auto stored = (*m_ws)->segments().find(id);
        QVERIFY(stored);
        QCOMPARE(stored->targets.value(0), QStringLiteral("Übersetzt"));

        state->setCurrentIndex(0);
        state->setCurrentIndex(state->findText(QStringLiteral("New")));
        QCOMPARE(m_page->segments()->rowCount(), shown - 1);
    }

    void f5ShowsWhatAnotherProgramWrote()
    {
        QTableView* table = m_page->table();
        const QModelIndex target = m_page->segments()->index(5, SegmentTableModel::TargetColumn);
        table->setCurrentIndex(target);
        const QString id = target.data(SegmentTableModel::SegmentIdRole).toString();
        {
            // Another connection to the workspace's database, as the command-line tool would have.
            auto db = store::Database::open((*m_ws)->databasePath(), store::Database::Access::ReadWrite);
            QVERIFY(db);
            testsupport::FakeClock clock;
            store::OutboxRepository outbox(**db, clock);
            store::SegmentRepository segments(**db, clock, outbox);
            QVERIFY(segments.applyEdit({id, {QStringLiteral("Von außen")}, {}, -1, QStringLiteral("cli")}));
        }
        QVERIFY(target.data().toString() != QStringLiteral("Von außen"));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_F5);
        const QModelIndex current = table->currentIndex();
        QCOMPARE(current.data(SegmentTableModel::SegmentIdRole).toString(), id);
        QCOMPARE(current.siblingAtColumn(SegmentTableModel::TargetColumn).data().toString(),
                 QStringLiteral("Von außen"));
    }
};

QTEST_MAIN(TestEditorGrid)
#include "TestEditorGrid.moc"
