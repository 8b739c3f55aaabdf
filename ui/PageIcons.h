#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

// Icons of the navigation and of the lines on Home. The bundled ones (ui/icons, thin
// lines in one colour) are drawn in the colour of the text they stand beside, so they
// keep its contrast on a light, dark or high-contrast palette.
namespace guichet::PageIcons {

// The navigation's icon for a page id ("home", "messages"...), drawn in colour; a null
// icon for a page without one. The navigation has colours of its own, on which the
// desktop theme's icons (drawn for the window's palette) may not show: it always uses
// the bundled ones.
[[nodiscard]] QIcon forPage(const QString& pageId, const QColor& colour);
// The same, drawn in selectedColour for the selected entry (its text's colour on the
// selection) and in colour otherwise.
[[nodiscard]] QIcon forPage(const QString& pageId, const QColor& colour,
                            const QColor& selectedColour);

// An icon for what a line is about: the desktop theme's icon named themeName when the
// theme has it (the application then looks like the other programs of the desktop),
// else the page's bundled icon drawn in colour.
[[nodiscard]] QIcon forState(const QString& themeName, const QString& pageId, const QColor& colour);

} // namespace guichet::PageIcons
