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

namespace {

// Adds the page's icon drawn in colour, at every size, for one mode of the icon.
bool addDrawn(QIcon& icon, const QString& pageId, const QColor& colour, QIcon::Mode mode)
{
    QFile file(QStringLiteral(":/guichet/icons/pages/%1.svg").arg(pageId));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QByteArray svg = file.readAll();
    svg.replace(FileColour, colour.name().toLatin1());
    QSvgRenderer renderer(svg);
    if (!renderer.isValid())
        return false;
    for (const int size : Sizes) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap, mode);
    }
    return true;
}

} // namespace

QIcon forPage(const QString& pageId, const QColor& colour)
{
    QIcon icon;
    return addDrawn(icon, pageId, colour, QIcon::Normal) ? icon : QIcon();
}

QIcon forPage(const QString& pageId, const QColor& colour, const QColor& selectedColour)
{
    QIcon icon;
    if (!addDrawn(icon, pageId, colour, QIcon::Normal) ||
        !addDrawn(icon, pageId, selectedColour, QIcon::Selected))
        return {};
    return icon;
}

QIcon forState(const QString& themeName, const QString& pageId, const QColor& colour)
{
    if (!themeName.isEmpty() && QIcon::hasThemeIcon(themeName))
        return QIcon::fromTheme(themeName);
    return forPage(pageId, colour);
}

} // namespace guichet::PageIcons
