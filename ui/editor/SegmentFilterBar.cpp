#include "SegmentFilterBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

#include "models/SegmentTableModel.h"

namespace tessera::ui::editor {

using domain::SegmentState;
using models::SegmentTableModel;
using Sort = store::SegmentFilter::Sort;

namespace {

constexpr int s_typingDelayMs = 200;

QToolButton* toggle(const QString& text, const QString& toolTip, const QString& name, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(name);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setCheckable(true);
    button->setAutoRaise(true);
    return button;
}

} // namespace

SegmentFilterBar::SegmentFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_typing(new QTimer(this))
{
    m_typing->setSingleShot(true);
    m_typing->setInterval(s_typingDelayMs);
    createControls();
    connect(m_typing, &QTimer::timeout, this, &SegmentFilterBar::filterChanged);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_typing->stop();
        Q_EMIT filterChanged();
    });
    const auto changedNow = [this] {
        m_typing->stop();
        Q_EMIT filterChanged();
    };
    connect(m_state, &QComboBox::currentIndexChanged, this, changedNow);
    connect(m_sort, &QComboBox::currentIndexChanged, this, changedNow);
    for (QToolButton* button : {m_regex, m_caseSensitive, m_descending})
        connect(button, &QToolButton::toggled, this, changedNow);
    for (QCheckBox* box : {m_comments, m_qaIssues, m_changed})
        connect(box, &QCheckBox::toggled, this, changedNow);
    connect(m_changed, &QCheckBox::toggled, m_since, &QWidget::setEnabled);
    connect(m_since, &QDateTimeEdit::dateTimeChanged, this, [this, changedNow] {
        if (m_changed->isChecked())
            changedNow();
    });
}

void SegmentFilterBar::createControls()
{
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->addItem(tr("All states"), QVariantList());
    m_state->addItem(tr("Needs work"),
                     QVariantList{int(SegmentState::New), int(SegmentState::Draft), int(SegmentState::Rejected)});
    for (SegmentState state : {SegmentState::New, SegmentState::Draft, SegmentState::Translated, SegmentState::Reviewed,
                               SegmentState::Approved, SegmentState::Rejected})
        m_state->addItem(SegmentTableModel::stateName(state), QVariantList{int(state)});

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Find in source and target"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(160);
    //: Toggle: the search text is a regular expression
    m_regex = toggle(tr(".*"), tr("Regular expression"), QStringLiteral("regexToggle"), this);
    //: Toggle: the search matches upper and lower case exactly
    m_caseSensitive = toggle(tr("Aa"), tr("Match case"), QStringLiteral("caseToggle"), this);

    m_comments = new QCheckBox(tr("With comments"), this);
    m_comments->setObjectName(QStringLiteral("commentsFilter"));
    m_qaIssues = new QCheckBox(tr("With QA issues"), this);
    m_qaIssues->setObjectName(QStringLiteral("qaFilter"));
    m_changed = new QCheckBox(tr("Changed since"), this);
    m_changed->setObjectName(QStringLiteral("changedFilter"));
    m_since = new QDateTimeEdit(QDateTime::currentDateTime().addDays(-7), this);
    m_since->setObjectName(QStringLiteral("changedSince"));
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_since->setEnabled(false);

    m_sort = new QComboBox(this);
    m_sort->setObjectName(QStringLiteral("sortOrder"));
    m_sort->addItem(tr("Document order"), int(Sort::Order));
    m_sort->addItem(tr("Key"), int(Sort::Key));
    m_sort->addItem(tr("Source length"), int(Sort::Length));
    m_sort->addItem(tr("State"), int(Sort::State));
    //: Toggle: sort from last to first
    m_descending = toggle(tr("↓"), tr("Descending"), QStringLiteral("descendingToggle"), this);
    // The sort order sits apart (the page puts it in its top row), so that the bar stays narrow
    // enough for a 1280-pixel screen.
    m_sortControls = new QWidget(this);
    m_sortControls->setObjectName(QStringLiteral("sortControls"));
    auto* sortLabel = new QLabel(tr("&Sort:"), m_sortControls);
    sortLabel->setBuddy(m_sort);
    auto* sortLayout = new QHBoxLayout(m_sortControls);
    sortLayout->setContentsMargins(0, 0, 0, 0);
    sortLayout->addWidget(sortLabel);
    sortLayout->addWidget(m_sort);
    sortLayout->addWidget(m_descending);
    auto* stateLabel = new QLabel(tr("S&how:"), this);
    stateLabel->setBuddy(m_state);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addWidget(stateLabel);
    layout->addWidget(m_state);
    layout->addSpacing(8);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_regex);
    layout->addWidget(m_caseSensitive);
    layout->addSpacing(8);
    layout->addWidget(m_comments);
    layout->addWidget(m_qaIssues);
    layout->addWidget(m_changed);
    layout->addWidget(m_since);
}

store::SegmentFilter SegmentFilterBar::filter() const
{
    store::SegmentFilter filter;
    const QVariantList states = m_state->currentData().toList();
    for (const QVariant& state : states)
        filter.states.append(static_cast<SegmentState>(state.toInt()));
    filter.text = m_search->text();
    filter.regex = m_regex->isChecked();
    filter.caseSensitive = m_caseSensitive->isChecked();
    filter.withComments = m_comments->isChecked();
    if (m_changed->isChecked())
        filter.changedSince = m_since->dateTime();
    filter.sort = static_cast<Sort>(m_sort->currentData().toInt());
    filter.descending = m_descending->isChecked();
    return filter;
}

bool SegmentFilterBar::onlyQaIssues() const
{
    return m_qaIssues->isChecked();
}

void SegmentFilterBar::setSearchError(const QString& message)
{
    m_search->setToolTip(message);
    QPalette colors = palette();
    if (!message.isEmpty()) {
        // The field's own background tinted red, so the text stays readable in light and dark themes.
        const QColor base = colors.color(QPalette::Base);
        colors.setColor(QPalette::Base, QColor((base.red() * 2 + 0xe0) / 3, base.green() * 2 / 3, base.blue() * 2 / 3));
    }
    m_search->setPalette(colors);
}

} // namespace tessera::ui::editor
