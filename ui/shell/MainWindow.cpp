#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMetaEnum>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>

#include "store/Workspace.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/editor/EditorPage.h"
#include "ui/jobs/JobsPanel.h"
#include "ui/jobs/MtPretranslateLauncher.h"
#include "ui/settings/ProviderSettingsDialog.h"
#include "ui/settings/ShortcutScheme.h"
#include "ui/settings/ShortcutsDialog.h"
#include "ui/shell/AboutDialog.h"
#include "ui/shell/PlaceholderPage.h"
#include "ui/shell/UiLog.h"
#include "ui/widgets/Icons.h"

namespace tessera::ui::shell {

namespace {

constexpr int s_statusTimeoutMs = 6000;

namespace keys {
const QString geometry = QStringLiteral("mainWindow/geometry");
const QString state = QStringLiteral("mainWindow/state");
const QString page = QStringLiteral("mainWindow/page");
const QString project = QStringLiteral("mainWindow/project");
const QString document = QStringLiteral("mainWindow/document");
} // namespace keys

QString pageKey(MainWindow::Page page)
{
    return QString::fromLatin1(QMetaEnum::fromType<MainWindow::Page>().valueToKey(int(page))).toLower();
}

} // namespace

MainWindow::MainWindow(store::Workspace& workspace, const QString& author, QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Tessera — %1").arg(QDir::toNativeSeparators(workspace.path())));
    setWindowIcon(widgets::Icons::icon(QStringLiteral("tessera")));

    createPages(author);
    createNavigation();
    m_jobsPanel = new jobs::JobsPanel(workspace, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_jobsPanel);
    m_jobsPanel->hide();
    m_mtPretranslate = new jobs::MtPretranslateLauncher(workspace, this);
    connect(m_mtPretranslate, &jobs::MtPretranslateLauncher::message, statusBar(), &QStatusBar::showMessage);
    connect(m_mtPretranslate, &jobs::MtPretranslateLauncher::queued, m_jobsPanel, &jobs::JobsPanel::refresh);
    connect(m_mtPretranslate, &jobs::MtPretranslateLauncher::finished, this, [this] {
        m_jobsPanel->refresh();
        if (!m_editor->currentDocumentId().isEmpty())
            m_editor->reloadSegments(); // the new drafts
    });
    createMenus();
    createStatusBar();

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_dashboard, &dashboard::DashboardPage::projectSelected, m_editor, &editor::EditorPage::setProject);
    connect(m_dashboard, &dashboard::DashboardPage::documentActivated, this, &MainWindow::openDocument);
    connect(m_dashboard, &dashboard::DashboardPage::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, s_statusTimeoutMs); });
    connect(m_editor, &editor::EditorPage::statusMessage, statusBar(), &QStatusBar::showMessage);
    settings::ShortcutScheme::applySaved(this); // the user's own keys for every named action
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages(const QString& author)
{
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_dashboard = new dashboard::DashboardPage(m_workspace, m_pages);
    m_dashboard->setObjectName(QStringLiteral("dashboardPage"));
    m_editor = new editor::EditorPage(m_workspace, author, m_pages);
    m_editor->setObjectName(QStringLiteral("editorPage"));
    auto* review = new PlaceholderPage(tr("Review"),
                                       tr("Reviewers will approve or reject translations here, with quality "
                                          "categories and comments."),
                                       m_pages);
    review->setObjectName(QStringLiteral("reviewPage"));
    auto* analytics = new PlaceholderPage(tr("Analytics"),
                                          tr("Progress, throughput and quality of your projects will be charted "
                                             "here."),
                                          m_pages);
    analytics->setObjectName(QStringLiteral("analyticsPage"));
    // The order matches Page.
    m_pages->addWidget(m_dashboard);
    m_pages->addWidget(m_editor);
    m_pages->addWidget(review);
    m_pages->addWidget(analytics);
}

void MainWindow::createNavigation()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setFixedWidth(156);
    m_navigation->setBackgroundRole(QPalette::AlternateBase);
    m_navigation->viewport()->setBackgroundRole(QPalette::AlternateBase);
    QPalette palette = m_navigation->palette();
    // The selected page is a tint of the highlight over the base (light on a light palette, dark on a
    // dark one), so its icon and text keep the normal text colour and stay legible.
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        const QColor base = palette.color(group, QPalette::Base), mark = palette.color(group, QPalette::Highlight);
        constexpr double share = 0.22;
        const QColor tint = QColor::fromRgbF(float(base.redF() + (mark.redF() - base.redF()) * share),
                                             float(base.greenF() + (mark.greenF() - base.greenF()) * share),
                                             float(base.blueF() + (mark.blueF() - base.blueF()) * share));
        palette.setColor(group, QPalette::Highlight, tint);
        palette.setColor(group, QPalette::HighlightedText, palette.color(group, QPalette::Text));
    }
    m_navigation->setPalette(palette);
    const std::pair<const char*, QString> entries[] = {
        {"dashboard", tr("Dashboard")},
        {"editor", tr("Editor")},
        //: Navigation entry: the review and approval queue
        {"review", tr("Review", "navigation")},
        {"analytics", tr("Analytics")},
    };
    for (const auto& [icon, text] : entries) {
        auto* item = new QListWidgetItem(widgets::Icons::icon(QString::fromLatin1(icon)), text, m_navigation);
        item->setSizeHint(QSize(0, 40));
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(int(Page::Dashboard));
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open Workspace…"), this, &MainWindow::chooseWorkspace);
    open->setObjectName(QStringLiteral("openWorkspace"));
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* projectMenu = menuBar()->addMenu(tr("&Project"));
    QAction* pretranslate = projectMenu->addAction(tr("Pretranslate with &Machine Translation"), this, [this] {
        m_jobsPanel->show();
        m_mtPretranslate->start(m_editor->projectId(), m_editor->targetLanguage());
    });
    pretranslate->setObjectName(QStringLiteral("mtPretranslate"));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* jobs = m_jobsPanel->toggleViewAction();
    jobs->setObjectName(QStringLiteral("showJobs"));
    jobs->setText(tr("&Jobs"));
    view->addAction(jobs);

    QMenu* settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QAction* shortcuts = settingsMenu->addAction(tr("Configure &Keyboard Shortcuts…"), this, [this] {
        settings::ShortcutsDialog dialog(this, this);
        dialog.exec();
    });
    shortcuts->setObjectName(QStringLiteral("configureShortcuts"));
    QAction* providers = settingsMenu->addAction(tr("Machine &Translation Providers…"), this, [this] {
        settings::ProviderSettingsDialog dialog(this);
        dialog.exec();
    });
    providers->setObjectName(QStringLiteral("configureMtProviders"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Tessera"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createStatusBar()
{
    m_workspaceLabel = new QLabel(tr("Workspace: %1").arg(QDir::toNativeSeparators(m_workspace.path())), this);
    m_workspaceLabel->setObjectName(QStringLiteral("workspaceLabel"));
    m_workspaceLabel->setToolTip(QDir::toNativeSeparators(m_workspace.databasePath()));

    // Sync does not exist yet, so the connection state is honestly always "Offline".
    auto* connection = new QWidget(this);
    connection->setToolTip(tr("Not connected to a Tessera server: sync is not set up yet. "
                              "Your work is saved in this workspace."));
    auto* dot = new QLabel(connection);
    const int size = dot->fontMetrics().height() - 4;
    dot->setPixmap(widgets::Icons::icon(QStringLiteral("offline")).pixmap(size, size));
    //: Status bar: the app has no connection to a Tessera server
    m_connectionLabel = new QLabel(tr("Offline"), connection);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    auto* layout = new QHBoxLayout(connection);
    layout->setContentsMargins(8, 0, 4, 0);
    layout->setSpacing(4);
    layout->addWidget(dot);
    layout->addWidget(m_connectionLabel);

    statusBar()->addPermanentWidget(m_workspaceLabel);
    statusBar()->addPermanentWidget(connection);
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

void MainWindow::openDocument(const QString& documentId)
{
    m_editor->setProject(m_dashboard->currentProjectId());
    if (!m_editor->openDocument(documentId)) {
        statusBar()->showMessage(tr("That document is no longer in the project."), s_statusTimeoutMs);
        return;
    }
    showPage(Page::Editor);
    m_editor->table()->setFocus();
}

void MainWindow::chooseWorkspace()
{
    auto* dialog = new QFileDialog(this, tr("Open Workspace"), m_workspace.path());
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::openWorkspaceRequested);
    dialog->open();
}

void MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(this);
    dialog->setObjectName(QStringLiteral("aboutDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(keys::geometry, saveGeometry());
    settings.setValue(keys::state, saveState());
    settings.setValue(keys::page, pageKey(currentPage()));
    settings.setValue(keys::project, m_dashboard->currentProjectId());
    settings.setValue(keys::document, m_editor->currentDocumentId());
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(keys::geometry).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(keys::state).toByteArray());

    m_dashboard->selectProject(settings.value(keys::project).toString());
    m_editor->setProject(m_dashboard->currentProjectId());
    const QString document = settings.value(keys::document).toString();
    if (!document.isEmpty() && !m_editor->openDocument(document))
        qCInfo(lcUi) << "the last document" << document << "is not in this workspace any more";

    const QString page = settings.value(keys::page).toString();
    for (const Page candidate : {Page::Dashboard, Page::Editor, Page::Review, Page::Analytics}) {
        if (pageKey(candidate) == page)
            showPage(candidate);
    }
}

} // namespace tessera::ui::shell
