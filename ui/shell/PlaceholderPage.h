// PlaceholderPage: the honest page of a view that is not built yet (no fake data).
#pragma once

#include <QWidget>

namespace tessera::ui::shell {

class PlaceholderPage final : public QWidget {
    Q_OBJECT

public:
    PlaceholderPage(const QString& title, const QString& purpose, QWidget* parent = nullptr);
};

} // namespace tessera::ui::shell
