#pragma once

#include <QString>

class QLabel;

// Text that may come from the portal, for the places Qt reads as rich text when the
// text looks like markup (tooltips). A tooltip of "<img src=file:...>" would otherwise
// render, and fetch, the image; here it shows the characters as written.
namespace guichet::PlainText {

// At most MaxToolTipLength characters, escaped inside a paragraph: Qt then renders the
// escaped characters, never a tag.
[[nodiscard]] QString toolTip(const QString& text);

inline constexpr int MaxToolTipLength = 600;

// A word-wrapped label of portal text takes the width its layout gives it: a word
// longer than that (a 100 kB title without a space) is cut at the edge instead of
// making the window or dialog wide enough for it.
void fitToLayout(QLabel* label);

} // namespace guichet::PlainText
