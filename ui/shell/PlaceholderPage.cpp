#include "PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tessera::ui::shell {

PlaceholderPage::PlaceholderPage(const QString& title, const QString& purpose, QWidget* parent)
    : QWidget(parent)
{
    auto* heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("pageTitle"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    heading->setAlignment(Qt::AlignCenter);

    auto* notice = new QLabel(tr("This view is not built yet."), this);
    notice->setObjectName(QStringLiteral("notBuiltYet"));
    notice->setAlignment(Qt::AlignCenter);

    auto* description = new QLabel(purpose, this);
    description->setWordWrap(true);
    description->setAlignment(Qt::AlignCenter);
    description->setEnabled(false); // drawn in the muted text colour

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(heading);
    layout->addSpacing(8);
    layout->addWidget(notice);
    layout->addWidget(description);
    layout->addStretch(3);
}

} // namespace tessera::ui::shell
