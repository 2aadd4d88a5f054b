#include "SuggestionsPanel.h"

#include <QAction>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

#include "domain/Clock.h"
#include "ui/editor/SuggestionHtml.h"

namespace tessera::ui::editor {

namespace {

void clearLayout(QWidget* container)
{
    const auto children = container->findChildren<QWidget*>(Qt::FindDirectChildrenOnly);
    for (QWidget* child : children) {
        // Later: the click that asked for a rebuild may come from a button inside.
        child->hide();
        child->setParent(nullptr);
        child->deleteLater();
    }
}

QLabel* wrappedLabel(const QString& text, QWidget* parent, Qt::TextFormat format = Qt::PlainText)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(format);
    label->setText(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString statusName(domain::TermStatus status)
{
    switch (status) {
    case domain::TermStatus::Preferred:
        return SuggestionsPanel::tr("preferred");
    case domain::TermStatus::Admitted:
        return SuggestionsPanel::tr("admitted");
    case domain::TermStatus::Forbidden:
        return SuggestionsPanel::tr("forbidden");
    }
    return {};
}

} // namespace

SuggestionsPanel::SuggestionsPanel(const domain::Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
{
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);

    addHeading(layout, tr("Translation memory"), "tmHeading");
    m_status = wrappedLabel(QString(), content);
    m_status->setObjectName(QStringLiteral("suggestionsStatus"));
    m_status->setEnabled(false);
    layout->addWidget(m_status);
    m_matches = new QWidget(content);
    m_matches->setObjectName(QStringLiteral("tmMatches"));
    auto* matchesLayout = new QVBoxLayout(m_matches);
    matchesLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_matches);

    addHeading(layout, tr("Glossary"), "glossaryHeading");
    m_termSource = wrappedLabel(QString(), content, Qt::RichText);
    m_termSource->setObjectName(QStringLiteral("glossarySource"));
    layout->addWidget(m_termSource);
    m_terms = new QWidget(content);
    m_terms->setObjectName(QStringLiteral("glossaryHits"));
    auto* termsLayout = new QVBoxLayout(m_terms);
    termsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_terms);

    addHeading(layout, tr("Machine translation"), "mtHeading");
    m_machineList = new QWidget(content);
    m_machineList->setObjectName(QStringLiteral("machineTranslations"));
    auto* machineLayout = new QVBoxLayout(m_machineList);
    machineLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_machineList);
    layout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    for (int number = 1; number <= maxNumbered; ++number) {
        auto* action = new QAction(tr("Insert Suggestion %1").arg(number), this);
        action->setObjectName(QStringLiteral("insertSuggestion%1").arg(number));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, number]() { requestInsert(number); });
        addAction(action);
        m_actions.append(action);
    }
    clear();
}

QLabel* SuggestionsPanel::addHeading(QVBoxLayout* layout, const QString& text, const char* objectName)
{
    auto* heading = new QLabel(text, layout->parentWidget());
    heading->setObjectName(QString::fromLatin1(objectName));
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    if (layout->count() > 0)
        layout->addSpacing(8);
    layout->addWidget(heading);
    return heading;
}

void SuggestionsPanel::showLookingUp()
{
    m_suggestions = {};
    m_machine.clear();
    m_lookingUp = true;
    rebuild();
}

void SuggestionsPanel::clear()
{
    m_suggestions = {};
    m_machine.clear();
    m_lookingUp = false;
    rebuild();
}

void SuggestionsPanel::setSuggestions(const suggest::Suggestions& suggestions)
{
    m_suggestions = suggestions;
    m_lookingUp = false;
    rebuild();
}

void SuggestionsPanel::setMachineTranslations(const QList<MachineTranslation>& translations)
{
    m_machine = translations;
    rebuild();
}

QString SuggestionsPanel::suggestionText(int number) const
{
    return number >= 1 && number <= m_numbered.size() ? m_numbered.at(number - 1) : QString();
}

QString SuggestionsPanel::suggestionOrigin(int number) const
{
    return number >= 1 && number <= m_origins.size() ? m_origins.at(number - 1) : QString();
}

void SuggestionsPanel::requestInsert(int number)
{
    const QString text = suggestionText(number);
    if (!text.isEmpty())
        Q_EMIT insertRequested(text, suggestionOrigin(number));
}

void SuggestionsPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild(); // the diff colours follow the palette
}

void SuggestionsPanel::rebuild()
{
    m_numbered.clear();
    m_origins.clear();
    rebuildMatches();
    rebuildTerms();
    rebuildMachineTranslations();
    for (int i = 0; i < m_actions.size(); ++i)
        m_actions[i]->setEnabled(i < m_numbered.size());
}

void SuggestionsPanel::rebuildMatches()
{
    clearLayout(m_matches);
    if (m_lookingUp)
        m_status->setText(tr("Looking up…"));
    else if (!m_suggestions.error.isEmpty())
        m_status->setText(tr("Cannot look this segment up: %1").arg(m_suggestions.error));
    else if (m_suggestions.segmentId.isEmpty())
        m_status->setText(tr("No segment selected."));
    else if (m_suggestions.matches.isEmpty())
        m_status->setText(tr("No similar translations in the translation memories."));
    m_status->setVisible(m_lookingUp || m_suggestions.matches.isEmpty());
    for (const tm::TmMatch& match : m_suggestions.matches) {
        if (m_numbered.size() >= maxNumbered)
            break;
        const QString target = match.repair.target.isEmpty() ? match.unit.target : match.repair.target;
        m_numbered.append(target);
        // As the pretranslator records it.
        m_origins.append(QStringLiteral("tm:%1 %2%").arg(match.unit.tmName).arg(match.score));
        m_matches->layout()->addWidget(matchRow(int(m_numbered.size()), match));
    }
}

QWidget* SuggestionsPanel::numberButton(int number, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(QStringLiteral("insertButton"));
    button->setText(QString::number(number));
    button->setAutoRaise(true);
    button->setToolTip(tr("Insert this suggestion (Ctrl+%1)").arg(number));
    QFont font = button->font();
    font.setBold(true);
    button->setFont(font);
    connect(button, &QToolButton::clicked, this, [this, number]() { requestInsert(number); });
    return button;
}

QWidget* SuggestionsPanel::matchRow(int number, const tm::TmMatch& match)
{
    const auto colors = SuggestionHtml::colors(palette());
    auto* row = new QFrame(m_matches);
    row->setObjectName(QStringLiteral("tmMatch%1").arg(number));
    row->setFrameShape(QFrame::StyledPanel);
    auto* grid = new QGridLayout(row);
    grid->setContentsMargins(6, 4, 6, 4);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);

    grid->addWidget(numberButton(number, row), 0, 0, 2, 1, Qt::AlignTop);
    auto* score = new QLabel(match.contextMatch ? tr("%1% context").arg(match.score) : tr("%1%").arg(match.score), row);
    score->setObjectName(QStringLiteral("matchScore"));
    QFont bold = score->font();
    bold.setBold(true);
    score->setFont(bold);
    if (match.score >= 100)
        score->setStyleSheet(QStringLiteral("color:%1").arg(palette().color(QPalette::Link).name()));
    grid->addWidget(score, 0, 1);
    QStringList meta{match.unit.tmName};
    const QString age = SuggestionHtml::age(
        match.unit.changedAt.isValid() ? match.unit.changedAt : match.unit.createdAt, m_clock.now());
    if (!age.isEmpty())
        meta.append(age);
    if (!match.unit.creator.isEmpty())
        meta.append(match.unit.creator);
    auto* origin = new QLabel(meta.join(QStringLiteral(" · ")), row);
    origin->setObjectName(QStringLiteral("matchOrigin"));
    origin->setEnabled(false);
    grid->addWidget(origin, 0, 2, Qt::AlignRight);

    auto* source = wrappedLabel(
        SuggestionHtml::diff(m_suggestions.source, match.unit.source, match.details.diff, colors), row, Qt::RichText);
    source->setObjectName(QStringLiteral("matchSource"));
    grid->addWidget(source, 1, 1, 1, 2);
    auto* target = wrappedLabel(m_numbered.at(number - 1), row);
    target->setObjectName(QStringLiteral("matchTarget"));
    grid->addWidget(target, 2, 1, 1, 2);
    grid->setColumnStretch(2, 1);
    return row;
}

void SuggestionsPanel::rebuildTerms()
{
    clearLayout(m_terms);
    const auto colors = SuggestionHtml::colors(palette());
    const auto& hits = m_suggestions.terms;
    m_termSource->setVisible(!hits.isEmpty());
    m_termSource->setText(hits.isEmpty() ? QString() : SuggestionHtml::markTerms(m_suggestions.source, hits, colors));
    if (hits.isEmpty()) {
        auto* none = wrappedLabel(m_lookingUp ? QString() : tr("No glossary terms in this segment."), m_terms);
        none->setEnabled(false);
        m_terms->layout()->addWidget(none);
        return;
    }
    for (const terms::TermHit& hit : hits) {
        QStringList targets;
        for (const domain::Term& term : hit.targets) {
            const QString text = term.text.toHtmlEscaped();
            targets.append(term.status == domain::TermStatus::Forbidden
                               ? QStringLiteral("<s style=\"color:%1\">%2</s> <i>(%3)</i>")
                                     .arg(colors.forbidden.name(), text, statusName(term.status))
                               : QStringLiteral("%1 <i>(%2)</i>").arg(text, statusName(term.status)));
        }
        if (targets.isEmpty())
            targets.append(QStringLiteral("<i>%1</i>").arg(tr("no translation in the glossary")));
        QString html = QStringLiteral("<b>%1</b> → %2")
                           .arg(m_suggestions.source.mid(hit.start, hit.length).toHtmlEscaped(),
                                targets.join(QStringLiteral(", ")));
        if (hit.source.status == domain::TermStatus::Forbidden)
            html += QStringLiteral(" <i style=\"color:%1\">%2</i>")
                        .arg(colors.forbidden.name(), tr("(the source term is marked forbidden)"));
        auto* label = wrappedLabel(html, m_terms, Qt::RichText);
        label->setObjectName(QStringLiteral("glossaryHit"));
        if (!hit.definition.isEmpty())
            label->setToolTip(hit.definition);
        m_terms->layout()->addWidget(label);
    }
}

void SuggestionsPanel::rebuildMachineTranslations()
{
    clearLayout(m_machineList);
    if (m_machine.isEmpty()) {
        auto* none = wrappedLabel(tr("No machine translation for this segment."), m_machineList);
        none->setObjectName(QStringLiteral("mtEmpty"));
        none->setEnabled(false);
        m_machineList->layout()->addWidget(none);
        return;
    }
    for (const MachineTranslation& mt : m_machine) {
        auto* row = new QFrame(m_machineList);
        row->setFrameShape(QFrame::StyledPanel);
        auto* grid = new QGridLayout(row);
        grid->setContentsMargins(6, 4, 6, 4);
        if (m_numbered.size() < maxNumbered) {
            m_numbered.append(mt.text);
            m_origins.append(mt.origin);
            row->setObjectName(QStringLiteral("mtSuggestion%1").arg(m_numbered.size()));
            grid->addWidget(numberButton(int(m_numbered.size()), row), 0, 0, 2, 1, Qt::AlignTop);
        }
        auto* provider = new QLabel(mt.provider, row);
        provider->setEnabled(false);
        grid->addWidget(provider, 0, 1);
        grid->addWidget(wrappedLabel(mt.text, row), 1, 1);
        grid->setColumnStretch(1, 1);
        m_machineList->layout()->addWidget(row);
    }
}

} // namespace tessera::ui::editor
