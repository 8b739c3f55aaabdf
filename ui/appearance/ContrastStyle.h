#pragma once

#include <QProxyStyle>

namespace guichet::appearance {

// Qt's Fusion style with control borders a person can see. Fusion draws the outline of
// fields, lists, buttons, check boxes and radio buttons a little darker than the
// window: about 2:1 in light, and invisible on the black of high contrast, where a
// radio button's circle disappears. WCAG's 3:1 for the parts that identify a control
// is met by drawing them again in the palette's Dark colour (light: #767676; dark:
// #8e939a; high contrast: white), and the one with the focus twice as wide in the
// highlight colour, so the focus is seen without relying on colour alone.
class ContrastStyle : public QProxyStyle
{
    Q_OBJECT

public:
    ContrastStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option,
                            QPainter* painter, const QWidget* widget = nullptr) const override;
};

} // namespace guichet::appearance
