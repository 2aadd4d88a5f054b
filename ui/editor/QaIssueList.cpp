// QaIssueList: rows are widgets (a handful at most), rebuilt only when the issues change, so typing that
// changes nothing QA sees does not make the list flicker or move the Fix button under the mouse.
#include "QaIssueList.h"

#include <algorithm>

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include "qa/Check.h"
#include "qa/CheckRegistry.h"

namespace tessera::ui::editor {

namespace {

bool sameIssue(const qa::Issue& a, const qa::Issue& b)
{
    return a.check == b.check && a.severity == b.severity && a.message == b.message && a.form == b.form &&
           a.start == b.start && a.length == b.length && a.fix == b.fix;
}

bool sameIssues(const QList<qa::Issue>& a, const QList<qa::Issue>& b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), sameIssue);
}

// Readable on light and dark palettes alike (Breeze's negative and neutral text colours).
QString colourOf(qa::Severity severity)
{
    switch (severity) {
    case qa::Severity::Error:
        return QStringLiteral("#da4453");
    case qa::Severity::Warning:
        return QStringLiteral("#c46b00");
    case qa::Severity::Info:
        break;
    }
    return {};
}

QStyle::StandardPixmap iconOf(qa::Severity severity)
{
    switch (severity) {
    case qa::Severity::Error:
        return QStyle::SP_MessageBoxCritical;
    case qa::Severity::Warning:
        return QStyle::SP_MessageBoxWarning;
    case qa::Severity::Info:
        break;
    }
    return QStyle::SP_MessageBoxInformation;
}

QString severityText(qa::Severity severity)
{
    switch (severity) {
    case qa::Severity::Error:
        return QaIssueList::tr("Error");
    case qa::Severity::Warning:
        return QaIssueList::tr("Warning");
    case qa::Severity::Info:
        break;
    }
    return QaIssueList::tr("Info");
}

} // namespace

QaIssueList::QaIssueList(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 0);
    layout->setSpacing(2);
    m_blocked = new QLabel(this);
    m_blocked->setObjectName(QStringLiteral("qaBlocked"));
    m_blocked->setWordWrap(true);
    m_blocked->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_blocked->setStyleSheet(QStringLiteral("color: #da4453; font-weight: bold;"));
    m_blocked->hide();
    layout->addWidget(m_blocked);
    m_rows = new QVBoxLayout;
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setSpacing(0);
    layout->addLayout(m_rows);
    hide();
}

void QaIssueList::setIssues(const QList<qa::Issue>& issues, const QStringList& blockConfirm, int formCount)
{
    if (sameIssues(issues, m_issues) && blockConfirm == m_blockConfirm)
        return;
    m_issues = issues;
    m_blockConfirm = blockConfirm;
    clearBlocked();
    qDeleteAll(m_rowWidgets);
    m_rowWidgets.clear();
    for (int i = 0; i < m_issues.size(); ++i) {
        QWidget* row = createRow(i, m_issues.at(i), blockConfirm.contains(m_issues.at(i).check), formCount);
        m_rows->addWidget(row);
        row->show(); // a layout would show it only from the event loop
        m_rowWidgets.append(row);
    }
    setVisible(!m_issues.isEmpty() || !m_blocked->isHidden());
}

QWidget* QaIssueList::createRow(int index, const qa::Issue& issue, bool blocks, int formCount)
{
    auto* row = new QWidget(this);
    row->setObjectName(QStringLiteral("qaIssue%1").arg(index));
    const qa::Check* check = qa::CheckRegistry::standard().find(issue.check);
    //: Tooltip of a QA issue: severity, the check's id, what the check looks for
    row->setToolTip(tr("%1 · check \u201C%2\u201D\n%3")
                        .arg(severityText(issue.severity), issue.check, check ? check->description() : QString()));
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 1, 0, 1);
    layout->setSpacing(6);

    auto* icon = new QLabel(row);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(iconOf(issue.severity), nullptr, row).pixmap(size, size));
    icon->setAccessibleName(severityText(issue.severity));
    layout->addWidget(icon, 0, Qt::AlignTop);

    QString text = issue.message;
    if (formCount > 1)
        //: A QA issue of one plural form: the form's number, then the message
        text = tr("Form %1: %2").arg(issue.form + 1).arg(issue.message);
    auto* message = new QLabel(text, row);
    message->setObjectName(QStringLiteral("qaIssueMessage"));
    message->setTextFormat(Qt::PlainText);
    message->setWordWrap(true);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (const QString colour = colourOf(issue.severity); !colour.isEmpty())
        message->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
    else
        message->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(message, 1);

    if (blocks) {
        auto* note = new QLabel(tr("blocks Confirm"), row);
        note->setObjectName(QStringLiteral("qaBlocksConfirm"));
        note->setForegroundRole(QPalette::PlaceholderText);
        note->setToolTip(tr("The project's QA settings keep a segment with this issue from being confirmed"));
        layout->addWidget(note, 0, Qt::AlignTop);
    }
    if (issue.hasFix()) {
        auto* fix = new QToolButton(row);
        fix->setObjectName(QStringLiteral("qaFix"));
        fix->setText(tr("Fix"));
        fix->setToolTip(tr("Apply the automatic fix: %1").arg(issue.message));
        fix->setFocusPolicy(Qt::NoFocus); // the translation keeps the focus
        connect(fix, &QToolButton::clicked, this, [this, index] { Q_EMIT fixRequested(index); });
        layout->addWidget(fix, 0, Qt::AlignTop);
    }
    return row;
}

void QaIssueList::setBlocked(const QString& text)
{
    m_blocked->setText(text);
    m_blocked->show();
    show();
}

void QaIssueList::clearBlocked()
{
    m_blocked->clear();
    m_blocked->hide();
    setVisible(!m_issues.isEmpty());
}

QString QaIssueList::blockedText() const
{
    return m_blocked->isHidden() ? QString() : m_blocked->text();
}

QStringList QaIssueList::messages() const
{
    QStringList result;
    for (const QWidget* row : m_rowWidgets) {
        if (const auto* message = row->findChild<QLabel*>(QStringLiteral("qaIssueMessage")))
            result.append(message->text());
    }
    return result;
}

} // namespace tessera::ui::editor
