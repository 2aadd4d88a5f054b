#include "Icons.h"

#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace tessera::ui::widgets {

QIcon Icons::icon(const QString& name)
{
    QSvgRenderer renderer(QStringLiteral(":/tessera/icons/%1.svg").arg(name));
    if (!renderer.isValid())
        return {};
    QIcon result;
    for (const int size : {16, 20, 24, 32, 48, 64, 128}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        result.addPixmap(pixmap, QIcon::Normal);
        result.addPixmap(pixmap, QIcon::Selected); // no tint on highlighted rows
    }
    return result;
}

} // namespace tessera::ui::widgets
