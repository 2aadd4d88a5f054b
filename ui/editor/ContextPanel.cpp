#include "ContextPanel.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHash>
#include <QImageReader>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <KSyntaxHighlighting/Repository>

#include "domain/Clock.h"
#include "store/CommentRepository.h"
#include "store/SegmentRepository.h"
#include "store/UserRepository.h"
#include "store/Workspace.h"
#include "ui/editor/CommentThreadView.h"
#include "ui/editor/SegmentHistoryView.h"
#include "ui/editor/SourceSnippetView.h"
#include "ui/shell/UiLog.h"

namespace tessera::ui::editor {

namespace {

constexpr int s_maxSnippets = 5; // a string used in fifty places shows the first few
constexpr int s_screenshotWidth = 320;

QLabel* valueLabel(const char* objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QString neighbourText(const std::optional<domain::Segment>& segment)
{
    if (!segment)
        return ContextPanel::tr("(none)");
    const QString target = segment->targets.join(QStringLiteral(" | "));
    return QStringLiteral("%1 → %2").arg(segment->source,
                                         target.isEmpty() ? ContextPanel::tr("(untranslated)") : target);
}

} // namespace

ContextPanel::ContextPanel(store::Workspace& workspace, const KSyntaxHighlighting::Repository& syntax, QString author,
                           QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_author(std::move(author))
    , m_syntax(syntax)
{
    auto* splitter = m_splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("contextSplitter"));
    splitter->setChildrenCollapsible(false);

    auto* scroll = new QScrollArea(splitter);
    scroll->setWidget(createDetails());
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* historyBox = new QWidget(splitter);
    auto* historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(8, 4, 8, 4);
    historyLayout->addWidget(heading(tr("History"), historyBox));
    m_history = new SegmentHistoryView(historyBox);
    historyLayout->addWidget(m_history, 1);

    auto* commentsBox = new QWidget(splitter);
    auto* commentsLayout = new QVBoxLayout(commentsBox);
    commentsLayout->setContentsMargins(8, 4, 8, 8);
    commentsLayout->addWidget(heading(tr("Comments"), commentsBox));
    m_comments = new CommentThreadView(commentsBox);
    commentsLayout->addWidget(m_comments, 1);

    splitter->addWidget(scroll);
    splitter->addWidget(historyBox);
    splitter->addWidget(commentsBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setStretchFactor(2, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_history, &SegmentHistoryView::restoreRequested, this, &ContextPanel::restore);
    connect(m_comments, &CommentThreadView::addRequested, this, &ContextPanel::addComment);
    clear();
}

ContextPanel::~ContextPanel() = default;

QWidget* ContextPanel::createDetails()
{
    auto* details = new QWidget;
    auto* layout = new QVBoxLayout(details);
    layout->setContentsMargins(8, 8, 8, 8);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_key = valueLabel("contextKey", details);
    m_note = valueLabel("contextNote", details);
    m_limits = valueLabel("contextLimits", details);
    form->addRow(tr("Key:"), m_key);
    form->addRow(tr("Notes:"), m_note);
    form->addRow(tr("Max length:"), m_limits);
    m_origin = valueLabel("contextOrigin", details);
    m_origin->setToolTip(tr("Where the translation came from when no person typed it"));
    form->addRow(tr("Translation from:"), m_origin);
    layout->addLayout(form);

    layout->addWidget(heading(tr("Used in"), details));
    m_locations = new QWidget(details);
    m_locations->setObjectName(QStringLiteral("contextLocations"));
    auto* locationsLayout = new QVBoxLayout(m_locations);
    locationsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_locations);

    m_screenshot = valueLabel("contextScreenshot", details);
    layout->addWidget(m_screenshot);

    layout->addWidget(heading(tr("Around it"), details));
    auto* neighbours = new QFormLayout;
    neighbours->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_previous = valueLabel("previousSegment", details);
    m_next = valueLabel("nextSegment", details);
    neighbours->addRow(tr("Before:"), m_previous);
    neighbours->addRow(tr("After:"), m_next);
    layout->addLayout(neighbours);
    layout->addStretch(1);
    return details;
}

void ContextPanel::clear()
{
    m_segment = {};
    m_sourceDir.clear();
    showDetails();
    m_history->setRevisions({}, m_workspace.clock().now());
    m_comments->setComments({}, m_workspace.clock().now());
    m_comments->setEnabledForSegment(false);
}

void ContextPanel::setSegment(const domain::Segment& segment, const QString& sourceDir)
{
    const bool sameSegment = segment.id == m_segment.id;
    m_segment = segment;
    m_sourceDir = sourceDir;
    showDetails();
    loadHistory();
    if (!sameSegment) {
        m_comments->clearInput(); // a half-written comment belongs to the segment it was written on
        loadComments();
    }
    m_comments->setEnabledForSegment(true);
}

void ContextPanel::showDetails()
{
    const domain::SegmentContext& context = m_segment.context;
    const bool any = !m_segment.id.isEmpty();
    m_key->setText(any ? m_segment.key : QString());
    m_note->setText(context.note.isEmpty() ? (any ? tr("(none)") : QString()) : context.note);
    m_limits->setText(context.maxLength > 0 ? tr("%n character(s)", nullptr, context.maxLength)
                                            : (any ? tr("none") : QString()));
    //: Where a translation came from: a person typed it
    m_origin->setText(!any ? QString() : m_segment.origin.isEmpty() ? tr("typed") : m_segment.origin);
    showLocations();
    showScreenshot();
    showNeighbours();
}

void ContextPanel::showLocations()
{
    for (QWidget* child : m_locations->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
        delete child;
    auto* layout = m_locations->layout();
    const QStringList& locations = m_segment.context.locations;
    if (locations.isEmpty()) {
        auto* none = valueLabel("locationNone", m_locations);
        none->setText(m_segment.id.isEmpty() ? QString() : tr("The file names no source location."));
        none->setEnabled(false);
        layout->addWidget(none);
        return;
    }
    int snippets = 0;
    for (const QString& location : locations) {
        auto* label = valueLabel("location", m_locations);
        label->setText(location);
        layout->addWidget(label);
        if (m_sourceDir.isEmpty() || snippets >= s_maxSnippets)
            continue;
        const SourceSnippetView::Location where = SourceSnippetView::parse(location);
        const QString path = QDir::cleanPath(QDir(m_sourceDir).absoluteFilePath(where.file));
        auto* view = new SourceSnippetView(m_syntax, m_locations);
        view->setObjectName(QStringLiteral("sourceSnippet"));
        if (!view->showFile(path, where.line)) {
            delete view;
            label->setText(tr("%1 (not found in %2)").arg(location, m_sourceDir));
            continue;
        }
        view->setToolTip(path);
        layout->addWidget(view);
        ++snippets;
    }
    if (m_sourceDir.isEmpty()) {
        auto* hint = valueLabel("locationHint", m_locations);
        hint->setText(tr("Set the project's source folder to see the code here "
                         "(tessera-cli project set PROJECT --source-dir DIR)."));
        hint->setEnabled(false);
        layout->addWidget(hint);
    }
}

void ContextPanel::showScreenshot()
{
    m_screenshot->clear();
    m_screenshot->hide();
    const QString screenshot = m_segment.context.screenshot;
    if (screenshot.isEmpty())
        return;
    // A path relative to the source folder, or absolute; a URL is shown as a link to open.
    const QString path = QDir::isAbsolutePath(screenshot) || m_sourceDir.isEmpty()
                             ? screenshot
                             : QDir(m_sourceDir).absoluteFilePath(screenshot);
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull()) {
        m_screenshot->setText(tr("Screenshot: %1").arg(screenshot));
    } else {
        m_screenshot->setPixmap(QPixmap::fromImage(
            image.width() > s_screenshotWidth ? image.scaledToWidth(s_screenshotWidth, Qt::SmoothTransformation)
                                              : image));
        m_screenshot->setToolTip(path);
    }
    m_screenshot->show();
}

void ContextPanel::showNeighbours()
{
    if (m_segment.id.isEmpty()) {
        m_previous->clear();
        m_next->clear();
        return;
    }
    auto around = m_workspace.segments().neighbours(m_segment);
    if (!around) {
        qCWarning(lcUi) << "cannot read the neighbouring segments:" << around.error().describe();
        m_previous->setText(around.error().describe());
        m_next->clear();
        return;
    }
    m_previous->setText(neighbourText(around->previous));
    m_next->setText(neighbourText(around->next));
}

void ContextPanel::loadHistory()
{
    auto revisions = m_workspace.segments().revisions(m_segment.id);
    if (!revisions) {
        Q_EMIT failed(tr("Cannot read the history: %1").arg(revisions.error().describe()));
        m_history->setRevisions({}, m_workspace.clock().now());
        return;
    }
    m_history->setRevisions(*revisions, m_workspace.clock().now());
}

void ContextPanel::loadComments()
{
    auto comments = m_workspace.comments().listForSegment(m_segment.id);
    if (!comments) {
        Q_EMIT failed(tr("Cannot read the comments: %1").arg(comments.error().describe()));
        m_comments->setComments({}, m_workspace.clock().now());
        return;
    }
    // Shown by name: the store keeps user ids.
    QList<domain::Comment> shown = *comments;
    if (auto users = m_workspace.users().list(); users) {
        QHash<QString, QString> names;
        for (const domain::User& user : *users)
            names.insert(user.id, user.displayName.isEmpty() ? user.name : user.displayName);
        for (domain::Comment& comment : shown)
            comment.author = names.value(comment.author, comment.author);
    }
    m_comments->setComments(shown, m_workspace.clock().now());
}

void ContextPanel::restore(const QString& revisionId, qint64 rev)
{
    if (m_segment.id.isEmpty())
        return;
    auto restored = m_workspace.segments().restoreRevision(revisionId, m_author, m_segment.rev);
    if (!restored) {
        qCWarning(lcUi) << "cannot restore revision" << rev << "of" << m_segment.id << ":"
                        << restored.error().describe();
        Q_EMIT failed(tr("Cannot restore version %1: %2").arg(rev).arg(restored.error().describe()));
        return;
    }
    const domain::Segment before = m_segment;
    m_segment = *restored;
    loadHistory();
    Q_EMIT revisionRestored(before, m_segment);
}

void ContextPanel::addComment(const QString& text, const QString& parentId)
{
    if (m_segment.id.isEmpty())
        return;
    // comments.author is a user id: the local author gets a users row the first time they comment.
    auto user = m_workspace.users().findByName(m_author);
    if (!user && user.error().code == domain::ErrorCode::NotFound) {
        domain::User local;
        local.name = m_author;
        local.roles = {domain::Role::Translator};
        user = m_workspace.users().upsert(local);
    }
    if (!user) {
        Q_EMIT failed(tr("Cannot save the comment: %1").arg(user.error().describe()));
        return;
    }
    domain::Comment comment;
    comment.segmentId = m_segment.id;
    comment.parentId = parentId;
    comment.author = user->id;
    comment.text = text;
    auto added = m_workspace.comments().add(comment);
    if (!added) {
        Q_EMIT failed(tr("Cannot save the comment: %1").arg(added.error().describe()));
        return;
    }
    m_comments->clearInput();
    loadComments();
    Q_EMIT commentsChanged(m_segment.id);
}

void ContextPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_sized)
        return;
    m_sized = true;
    // The comment threads get as much room as the details (a reviewer's reply must be readable without
    // scrolling); the history list needs a few rows. Set once the panel has its height.
    QTimer::singleShot(0, this, [this] {
        const int height = m_splitter->height();
        m_splitter->setSizes({height * 40 / 100, height * 15 / 100, height * 45 / 100});
    });
}

} // namespace tessera::ui::editor
