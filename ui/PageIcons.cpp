#include "PageIcons.h"

#include <QFile>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace guichet::PageIcons {
namespace {

// The stroke colour the files in ui/icons are written with.
constexpr char FileColour[] = "#5b6b7c";
// Drawn once per size a view may ask for; QIcon picks and scales the nearest.
constexpr int Sizes[] = {16, 20, 24, 32, 40, 48, 64};

} // namespace

QIcon forPage(const QString& pageId, const QColor& colour)
{
    QFile file(QStringLiteral(":/guichet/icons/pages/%1.svg").arg(pageId));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    svg.replace(FileColour, colour.name().toLatin1());
    QSvgRenderer renderer(svg);
    if (!renderer.isValid())
        return {};
    QIcon icon;
    for (const int size : Sizes) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QIcon forState(const QString& themeName, const QString& pageId, const QColor& colour)
{
    if (!themeName.isEmpty() && QIcon::hasThemeIcon(themeName))
        return QIcon::fromTheme(themeName);
    return forPage(pageId, colour);
}

} // namespace guichet::PageIcons
