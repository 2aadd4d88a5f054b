// Icons: Tessera's own SVG icons (resources/icons) as QIcons, rendered without an icon-engine plugin.
#pragma once

#include <QIcon>
#include <QString>

namespace tessera::ui::widgets {

class Icons {
public:
    // `name` is the file name without ".svg", e.g. "editor"; a missing file gives a null icon.
    static QIcon icon(const QString& name);
};

} // namespace tessera::ui::widgets
