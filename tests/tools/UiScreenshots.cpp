// UiScreenshots: renders the desktop app's main views on the demo workspace into PNG files, to look
// at them the way a translator, reviewer or project manager sees them. scripts/screenshots builds it
// and runs it under Xvfb: ui-screenshots OUT-DIR [--dark] [--size WxH]. It seeds the demo into a
// temporary workspace and keeps its settings in a temporary folder, so nothing of the user's is
// touched. Each view is written as OUT-DIR/NAME.png (NAME-dark.png with --dark).
#include <functional>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPalette>
#include <QStyleFactory>
#include <QStyleHints>
#include <QTabWidget>
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
#include "ui/editor/FindReplaceController.h"
#include "ui/editor/FindReplaceDialog.h"
#include "ui/jobs/JobsPanel.h"
#include "ui/settings/ProviderSettingsDialog.h"
#include "ui/settings/ShortcutsDialog.h"
#include "ui/shell/MainWindow.h"

using namespace tessera;

namespace {

// Lets queued work (lookups off the GUI thread, timers, layouts) finish before a view is grabbed.
void settle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8c, 0x8c));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xf0));
    p.setColor(QPalette::Mid, QColor(0x45, 0x47, 0x4c));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Light, QColor(0x50, 0x52, 0x57));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return p;
}

// Selects the first segment of the `language` document whose key contains `keyPart`.
bool showSegment(ui::editor::EditorPage& editor, store::Workspace& workspace, const QString& projectId,
                 const QString& language, const QString& keyPart)
{
    const auto documents = workspace.documents().listForProject(projectId);
    if (!documents)
        return false;
    for (const domain::Document& document : *documents) {
        if (document.targetLanguage != language || !editor.openDocument(document.id))
            continue;
        for (int row = 0; row < editor.segments()->rowCount(); ++row) {
            const QModelIndex index = editor.segments()->index(row, models::SegmentTableModel::KeyColumn);
            if (index.data().toString().contains(keyPart)) {
                editor.table()->setCurrentIndex(index);
                editor.table()->scrollTo(index);
                return true;
            }
        }
    }
    qWarning("no segment with a key containing \"%s\" in %s", qPrintable(keyPart), qPrintable(language));
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    QTemporaryDir settingsDir;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(settingsDir.path()));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tessera"));
    QApplication::setApplicationName(QStringLiteral("Tessera"));
    QStringList args = app.arguments();
    args.removeFirst();
    const bool dark = args.removeAll(QStringLiteral("--dark")) > 0;
    QSize size(1440, 900);
    if (const qsizetype at = args.indexOf(QStringLiteral("--size")); at >= 0 && at + 1 < args.size()) {
        const QStringList parts = args.at(at + 1).split(QLatin1Char('x'));
        size = QSize(parts.value(0).toInt(), parts.value(1).toInt());
        args.remove(at, 2);
    }
    if (args.size() != 1 || !size.isValid()) {
        qWarning("usage: ui-screenshots OUT-DIR [--dark] [--size WxH]");
        return 2;
    }
    const QDir out(args.first());
    if (!out.mkpath(QStringLiteral("."))) {
        qWarning("cannot create %s", qPrintable(out.path()));
        return 1;
    }
    if (dark) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::styleHints()->setColorScheme(Qt::ColorScheme::Dark);
        QApplication::setPalette(darkPalette());
    }

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

    int failures = 0;
    const QString suffix = dark ? QStringLiteral("-dark") : QString();
    auto save = [&](const QString& name, QWidget& widget) {
        settle(600);
        const QString path = out.filePath(name + suffix + QStringLiteral(".png"));
        const bool saved = widget.grab().save(path);
        qInfo("%s %s", saved ? "wrote" : "could not write", qPrintable(path));
        failures += saved ? 0 : 1;
    };

    ui::shell::MainWindow window(**workspace, QStringLiteral("demo"));
    window.resize(size);
    window.show();
    window.showPage(ui::shell::MainWindow::Page::Dashboard);
    save(QStringLiteral("dashboard"), window);

    window.showPage(ui::shell::MainWindow::Page::Editor);
    ui::editor::EditorPage& editor = *window.editor();
    editor.setProject(seeded->projectId);
    // A segment with placeables, TM matches and a note; a plural one; one with an ICU plural.
    const struct {
        QString name, language, keyPart;
    } segments[] = {
        {QStringLiteral("editor"), QStringLiteral("de"), QStringLiteral("Last edited")},
        {QStringLiteral("editor-plural"), QStringLiteral("de"), QStringLiteral("attachment")},
        {QStringLiteral("editor-icu"), QStringLiteral("fr"), QStringLiteral("{count, plural")},
    };
    for (const auto& segment : segments) {
        if (showSegment(editor, **workspace, seeded->projectId, segment.language, segment.keyPart))
            save(segment.name, window);
        else
            ++failures;
    }

    // The context of a segment with comments and QA issues: notes, locations, history, threads.
    if (showSegment(editor, **workspace, seeded->projectId, QStringLiteral("de"), QStringLiteral("Move to Notebook"))) {
        auto* side = editor.findChild<QTabWidget*>(QStringLiteral("sidePanels"));
        if (side)
            side->setCurrentIndex(1);
        save(QStringLiteral("editor-context"), window);
        if (side)
            side->setCurrentIndex(0);
    } else {
        ++failures;
    }

    ui::editor::FindReplaceController& find = *editor.findReplace();
    find.showFind(true);
    find.dialog()->findField()->setText(QStringLiteral("Notiz"));
    find.dialog()->replaceField()->setText(QStringLiteral("Notizzettel"));
    find.dialog()->scopeBox()->setCurrentIndex(find.dialog()->scopeBox()->count() - 1); // the project
    find.preview();
    save(QStringLiteral("replace"), *find.dialog());
    find.dialog()->close();

    window.jobsPanel()->show();
    save(QStringLiteral("editor-jobs"), window);
    window.jobsPanel()->hide();

    ui::settings::ShortcutsDialog shortcuts(&window, &window);
    shortcuts.show();
    save(QStringLiteral("shortcuts"), shortcuts);
    shortcuts.close();

    ui::settings::ProviderSettingsDialog providers(&window);
    providers.show();
    save(QStringLiteral("mt-providers"), providers);
    providers.close();

    return failures == 0 ? 0 : 1;
}
