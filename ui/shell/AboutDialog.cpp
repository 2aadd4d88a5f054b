#include "AboutDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "system/Versions.h"
#include "ui/widgets/Icons.h"

namespace tessera::ui::shell {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Tessera"));

    auto* logo = new QLabel(this);
    logo->setPixmap(widgets::Icons::icon(QStringLiteral("tessera")).pixmap(64, 64));
    logo->setAlignment(Qt::AlignTop);

    auto* title = new QLabel(tr("Tessera %1").arg(system::tesseraVersion()), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);

    auto* description = new QLabel(tr("A translation-management workbench: translate, review and track "
                                      "multilingual projects, offline first, with a team server."),
                                   this);
    description->setWordWrap(true);

    auto* heading = new QVBoxLayout;
    heading->addWidget(title);
    heading->addWidget(description);
    auto* top = new QHBoxLayout;
    top->addWidget(logo);
    top->addSpacing(12);
    top->addLayout(heading, 1);

    auto* components = new QGroupBox(tr("Built on"), this);
    auto* versions = new QFormLayout(components);
    const auto list = system::componentVersions();
    for (const auto& [name, version] : list) {
        auto* value = new QLabel(version, components);
        value->setObjectName(QStringLiteral("version:") + name);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        versions->addRow(name + QLatin1Char(':'), value);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addWidget(components);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

} // namespace tessera::ui::shell
