#include "DashboardPage.h"

#include <QDate>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "domain/Clock.h"
#include "models/DocumentListModel.h"
#include "models/ProjectListModel.h"
#include "store/Workspace.h"
#include "ui/shell/UiLog.h"
#include "ui/widgets/TwoLineItemDelegate.h"

namespace tessera::ui::dashboard {

using models::DocumentListModel;
using models::ProjectListModel;

namespace {

QLabel* sectionLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

DashboardPage::DashboardPage(store::Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_clock(workspace.clock())
    , m_projects(new ProjectListModel(workspace.projects(), this))
    , m_documents(new DocumentListModel(workspace.documents(), this))
{
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("dashboardSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createProjectPane());
    splitter->addWidget(createDetailsPane());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({360, 640});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(splitter);

    connect(m_projectView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { onCurrentProjectChanged(current); });
    connect(m_documentView, &QListView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT documentActivated(index.data(DocumentListModel::IdRole).toString());
    });
    reload();
}

QWidget* DashboardPage::createProjectPane()
{
    auto* pane = new QWidget(this);
    m_projectView = new QListView(pane);
    m_projectView->setObjectName(QStringLiteral("projectList"));
    m_projectView->setModel(m_projects);
    m_projectView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_projectView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_projectView->setItemDelegate(new widgets::TwoLineItemDelegate(
        [this](const QModelIndex& index) {
            QString line = tr("%1 → %2").arg(
                index.data(ProjectListModel::SourceLanguageRole).toString(),
                index.data(ProjectListModel::TargetLanguagesRole).toStringList().join(QStringLiteral(", ")));
            const QDate deadline = index.data(ProjectListModel::DeadlineRole).toDate();
            if (deadline.isValid())
                line += QStringLiteral(" · ") +
                        tr("due %1").arg(QLocale().toString(deadline, QStringLiteral("d MMM yyyy")));
            return line;
        },
        m_projectView));

    auto* hint = new QLabel(tr("<p><b>This workspace has no projects yet.</b></p>"
                               "<p>Create a project with <code>tessera-cli project create …</code> "
                               "or seed the demo with <code>tessera-cli demo create</code>.</p>"),
                            pane);
    hint->setObjectName(QStringLiteral("emptyWorkspaceHint"));
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    hint->setMargin(8);

    m_projectStack = new QStackedWidget(pane);
    m_projectStack->addWidget(m_projectView);
    m_projectStack->addWidget(hint);

    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->addWidget(sectionLabel(tr("Projects"), pane));
    layout->addWidget(m_projectStack);
    return pane;
}

QWidget* DashboardPage::createDetailsPane()
{
    auto* pane = new QWidget(this);
    m_title = new QLabel(pane);
    m_title->setObjectName(QStringLiteral("projectTitle"));
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    m_title->setFont(font);

    m_details = new QLabel(pane);
    m_details->setObjectName(QStringLiteral("projectDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_documentView = new QListView(pane);
    m_documentView->setObjectName(QStringLiteral("documentList"));
    m_documentView->setModel(m_documents);
    m_documentView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_documentView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_documentView->setItemDelegate(new widgets::TwoLineItemDelegate(
        [this](const QModelIndex& index) {
            return tr("%n segment(s)", nullptr, index.data(DocumentListModel::SegmentCountRole).toInt()) +
                   QStringLiteral(" · ") + index.data(DocumentListModel::FormatRole).toString();
        },
        m_documentView));

    m_documentHint = new QLabel(tr("Double-click a document to open it in the editor."), pane);
    m_documentHint->setEnabled(false);

    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addSpacing(8);
    layout->addWidget(sectionLabel(tr("Documents"), pane));
    layout->addWidget(m_documentView, 1);
    layout->addWidget(m_documentHint);
    return pane;
}

void DashboardPage::reload()
{
    const QString selected = currentProjectId();
    if (auto loaded = m_projects->reload(); !loaded) {
        qCWarning(lcUi) << "cannot list the projects:" << loaded.error().describe();
        Q_EMIT statusMessage(tr("Cannot read the projects: %1").arg(loaded.error().describe()));
    }
    m_projectStack->setCurrentIndex(m_projects->rowCount() > 0 ? 0 : 1);
    if (!selectProject(selected) && m_projects->rowCount() > 0)
        m_projectView->setCurrentIndex(m_projects->index(0));
    if (m_projects->rowCount() == 0)
        onCurrentProjectChanged({});
}

bool DashboardPage::selectProject(const QString& projectId)
{
    const int row = projectId.isEmpty() ? -1 : m_projects->rowForId(projectId);
    if (row < 0)
        return false;
    m_projectView->setCurrentIndex(m_projects->index(row));
    return true;
}

QString DashboardPage::currentProjectId() const
{
    return m_projectView->currentIndex().data(ProjectListModel::IdRole).toString();
}

void DashboardPage::onCurrentProjectChanged(const QModelIndex& current)
{
    const QString projectId = current.data(ProjectListModel::IdRole).toString();
    if (auto loaded = m_documents->setProjectId(projectId); !loaded) {
        qCWarning(lcUi) << "cannot list the documents:" << loaded.error().describe();
        Q_EMIT statusMessage(tr("Cannot read the documents: %1").arg(loaded.error().describe()));
    }
    showDetails(current);
    Q_EMIT projectSelected(projectId);
}

void DashboardPage::showDetails(const QModelIndex& project)
{
    const bool valid = project.isValid();
    m_title->setText(valid ? project.data(ProjectListModel::NameRole).toString() : tr("No project selected"));
    m_documentHint->setVisible(valid && m_documents->rowCount() > 0);
    if (!valid) {
        m_details->clear();
        return;
    }
    QStringList lines;
    lines.append(
        tr("Languages: %1 → %2")
            .arg(project.data(ProjectListModel::SourceLanguageRole).toString(),
                 project.data(ProjectListModel::TargetLanguagesRole).toStringList().join(QStringLiteral(", "))));
    const QString client = project.data(ProjectListModel::ClientRole).toString();
    if (!client.isEmpty())
        lines.append(tr("Client: %1").arg(client));
    lines.append(deadlineText(project.data(ProjectListModel::DeadlineRole).toDate()));
    int segments = 0;
    for (int row = 0; row < m_documents->rowCount(); ++row)
        segments += m_documents->index(row).data(DocumentListModel::SegmentCountRole).toInt();
    lines.append(tr("%n document(s)", nullptr, m_documents->rowCount()) + QStringLiteral(" · ") +
                 tr("%n segment(s)", nullptr, segments));
    m_details->setText(lines.join(QLatin1Char('\n')));
}

QString DashboardPage::deadlineText(const QDate& deadline) const
{
    if (!deadline.isValid())
        return tr("No deadline");
    const QString date = QLocale().toString(deadline, QLocale::LongFormat);
    const qint64 days = m_clock.now().toLocalTime().date().daysTo(deadline);
    if (days < 0)
        return tr("Deadline: %1 (%n day(s) overdue)", nullptr, int(-days)).arg(date);
    if (days == 0)
        return tr("Deadline: %1 (today)").arg(date);
    return tr("Deadline: %1 (in %n day(s))", nullptr, int(days)).arg(date);
}

} // namespace tessera::ui::dashboard
