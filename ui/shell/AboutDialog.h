// AboutDialog: what Tessera is and the versions of the libraries it runs on.
#pragma once

#include <QDialog>

namespace tessera::ui::shell {

class AboutDialog final : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);
};

} // namespace tessera::ui::shell
