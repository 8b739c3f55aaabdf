#pragma once

#include <QString>

class QLabel;
class QVBoxLayout;
class QWidget;

namespace guichet::PageLayout {

// Shared look of the pages: margins, heading sizes and plain-text labels (texts
// shown in pages may later come from the portal and must never be read as HTML).
QVBoxLayout* create(QWidget* page);
QLabel* heading(QWidget* page);
QLabel* subheading(QWidget* page);
QLabel* paragraph(QWidget* page);
QLabel* value(QWidget* page, const QString& objectName);

} // namespace guichet::PageLayout
