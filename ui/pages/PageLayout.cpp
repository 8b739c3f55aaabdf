#include "PageLayout.h"

#include "PlainText.h"

#include <QLabel>
#include <QVBoxLayout>

namespace guichet::PageLayout {
namespace {

QLabel* plainLabel(QWidget* page)
{
    auto* label = new QLabel(page);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel* sizedLabel(QWidget* page, qreal scale, bool bold)
{
    QLabel* label = plainLabel(page);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

} // namespace

QVBoxLayout* create(QWidget* page)
{
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(8);
    return layout;
}

QLabel* heading(QWidget* page)
{
    QLabel* label = sizedLabel(page, 1.6, true);
    label->setAccessibleDescription(QStringLiteral("heading"));
    return label;
}

QLabel* subheading(QWidget* page)
{
    return sizedLabel(page, 1.15, true);
}

QLabel* paragraph(QWidget* page)
{
    QLabel* label = plainLabel(page);
    label->setWordWrap(true);
    return label;
}

QLabel* value(QWidget* page, const QString& objectName)
{
    QLabel* label = plainLabel(page);
    label->setObjectName(objectName);
    // Marks data (paths, versions, names) for tests that check every other text is translated.
    label->setProperty("guichetData", true);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    PlainText::fitToLayout(label); // data may be one long word
    return label;
}

} // namespace guichet::PageLayout
