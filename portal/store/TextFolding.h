#pragma once

#include <QString>
#include <QStringList>

namespace guichet::store {

// Text as search compares it: accents removed, case folded, ligatures spelled out
// ("École" -> "ecole", "Straße" -> "strasse", "Œuvre" -> "oeuvre"), runs of
// anything that is not a letter or digit turned into one space.
[[nodiscard]] QString foldForSearch(const QString& text);

// The words of folded text, for matching each one as a prefix.
[[nodiscard]] QStringList searchWords(const QString& text);

} // namespace guichet::store
