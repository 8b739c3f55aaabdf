// guichet-icon-renderer: draws the application's SVG icon at one size into a PNG, for
// the icon theme sizes desktops look up before the scalable one (menus, task
// switchers, software centres). Runs at build time; not installed.
//
// Usage: guichet-icon-renderer ICON.svg SIZE OUTPUT.png
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char* argv[])
{
    // No window is shown; the offscreen platform works on a build machine without a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    bool sizeOk = false;
    const int size = args.value(2).toInt(&sizeOk);
    if (args.size() != 4 || !sizeOk || size < 8 || size > 1024) {
        err << "usage: guichet-icon-renderer ICON.svg SIZE OUTPUT.png\n";
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        err << args.at(1) << ": not a readable SVG file\n";
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    if (!image.save(args.at(3), "PNG")) {
        err << args.at(3) << ": cannot write\n";
        return 1;
    }
    return 0;
}
