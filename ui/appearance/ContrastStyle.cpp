#include "ContrastStyle.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace guichet::appearance {

namespace {

enum class Shape
{
    Box,
    Circle,
};

// The border of a control over what Fusion drew: Dark, or Highlight twice as wide
// when the control has the focus.
void outline(const QStyleOption* option, QPainter* painter, Shape shape)
{
    const bool focused = option->state.testFlag(QStyle::State_HasFocus) &&
                         option->state.testFlag(QStyle::State_Enabled);
    const QColor colour = option->palette.color(focused ? QPalette::Highlight : QPalette::Dark);
    const int width = focused ? 2 : 1;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, shape == Shape::Circle);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(colour, width));
    const qreal inset = width / 2.0;
    const QRectF area = QRectF(option->rect).adjusted(inset, inset, -inset, -inset);
    if (shape == Shape::Circle)
        painter->drawEllipse(area.adjusted(0.5, 0.5, -0.5, -0.5));
    else
        painter->drawRect(area.adjusted(0, 0, -1 + width % 2, -1 + width % 2));
    painter->restore();
}

} // namespace

ContrastStyle::ContrastStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{
    setObjectName(QStringLiteral("ContrastStyle"));
}

void ContrastStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option,
                                  QPainter* painter, const QWidget* widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    switch (element) {
    case PE_FrameLineEdit:
        outline(option, painter, Shape::Box);
        break;
    case PE_IndicatorCheckBox:
        outline(option, painter, Shape::Box);
        break;
    case PE_IndicatorRadioButton:
        outline(option, painter, Shape::Circle);
        break;
    case PE_PanelButtonCommand:
        if (!option->state.testFlag(State_AutoRaise))
            outline(option, painter, Shape::Box);
        break;
    default:
        break;
    }
}

void ContrastStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex* option,
                                       QPainter* painter, const QWidget* widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if (control == CC_ComboBox || control == CC_SpinBox)
        outline(option, painter, Shape::Box);
}

} // namespace guichet::appearance
