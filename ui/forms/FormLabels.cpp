#include "FormLabels.h"

#include <QLabel>

namespace guichet::FormLabels {
namespace {

QLabel* plain(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QLabel* smaller(QWidget* parent)
{
    QLabel* label = plain(parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    return label;
}

} // namespace

QLabel* fieldLabel(QWidget* parent)
{
    QLabel* label = plain(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel* help(QWidget* parent)
{
    QLabel* label = smaller(parent);
    label->hide();
    return label;
}

QLabel* message(QWidget* parent)
{
    QLabel* label = plain(parent);
    // A dark red that keeps a 7:1 contrast on white; the words carry the meaning,
    // the colour only helps.
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xa3, 0x00, 0x1b));
    label->setPalette(palette);
    label->hide();
    return label;
}

QLabel* provenance(QWidget* parent)
{
    QLabel* label = smaller(parent);
    // Italic rather than grey: light grey text is hard to read for many.
    QFont font = label->font();
    font.setItalic(true);
    label->setFont(font);
    label->hide();
    return label;
}

} // namespace guichet::FormLabels
