#pragma once

#include <QColor>

// Contrast between two colours as WCAG 2.1 defines it (and EN 301 549 takes over for
// software): the ratio of their relative luminances, from 1:1 to 21:1. Text needs 4.5:1,
// large text and the parts of a control a person must see 3:1.
namespace guichet::appearance {

// 0 for black to 1 for white; sRGB channels linearised, then weighted for the eye.
[[nodiscard]] double relativeLuminance(const QColor& colour);

[[nodiscard]] double contrastRatio(const QColor& first, const QColor& second);

inline constexpr double TextContrast = 4.5;
inline constexpr double LargeTextContrast = 3.0;
inline constexpr double ComponentContrast = 3.0;

} // namespace guichet::appearance
