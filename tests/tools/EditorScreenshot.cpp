// EditorScreenshot: renders the desktop window on the demo workspace with the editor open on a
// segment into a PNG, to look at the editing pane the way a translator sees it. Run it on a real
// X display (scripts/env xvfb-run -a build/ci/tests/tools/editor-screenshot OUT.png [SEGMENT-KEY-PART]
// [LANGUAGE] [TEXT TO TYPE INTO THE FIRST FORM]); it seeds the demo into a temporary workspace, so no
// workspace is touched.
#include <QApplication>
#include <QComboBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include "demo/DemoSeeder.h"
#include "domain/Clock.h"
#include "domain/Document.h"
#include "models/SegmentTableModel.h"
#include "store/DocumentRepository.h"
#include "store/Workspace.h"
#include "ui/editor/EditorPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/SegmentTextEdit.h"

using namespace tessera;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        qWarning("usage: editor-screenshot OUT.png [SEGMENT-KEY-PART] [LANGUAGE]");
        return 2;
    }
    const QString out = args.at(1);
    const QString keyPart = args.value(2, QStringLiteral("attachment"));
    const QString language = args.value(3, QStringLiteral("de"));
    QTemporaryDir dir;
    domain::SystemClock clock;
    auto workspace = store::Workspace::open(dir.path(), store::Workspace::Access::ReadWrite, clock);
    if (!workspace) {
        qWarning("%s", qPrintable(workspace.error().describe()));
        return 1;
    }
    auto seeded = demo::DemoSeeder(**workspace).seed();
    if (!seeded) {
        qWarning("%s", qPrintable(seeded.error().describe()));
        return 1;
    }
    ui::shell::MainWindow window(**workspace, QStringLiteral("demo"));
    window.resize(1440, 900);
    window.show();
    window.showPage(ui::shell::MainWindow::Page::Editor);
    ui::editor::EditorPage* editor = window.editor();
    editor->setProject(seeded->projectId);
    const auto documents = (*workspace)->documents().listForProject(seeded->projectId);
    if (!documents)
        return 1;
    for (const domain::Document& document : *documents) {
        if (document.targetLanguage != language)
            continue;
        editor->openDocument(document.id);
        for (int row = 0; row < editor->segments()->rowCount(); ++row) {
            const QModelIndex index = editor->segments()->index(row, models::SegmentTableModel::KeyColumn);
            if (index.data().toString().contains(keyPart)) {
                editor->table()->setCurrentIndex(index);
                editor->table()->scrollTo(index);
                break;
            }
        }
        if (editor->table()->currentIndex().data().toString().contains(keyPart))
            break;
    }
    if (args.size() > 4) {
        auto* field = window.findChild<ui::widgets::SegmentTextEdit*>(QStringLiteral("targetField0"));
        if (field) {
            field->setFocus();
            field->insertAtCursor(args.at(4));
        }
    }
    QTimer::singleShot(800, &app, [&] {
        const bool saved = window.grab().save(out);
        qInfo("%s %s", saved ? "wrote" : "could not write", qPrintable(out));
        app.exit(saved ? 0 : 1);
    });
    return app.exec();
}
