#pragma once

#include <QString>

namespace guichet::forms {

// The company a professional space belongs to: forms filled there are submitted on
// its behalf. Empty name = the person's private space.
struct Company
{
    QString name;
    QString rcsNumber; // trade and companies register, "B123456"
    QString vatNumber; // "LU12345613"

    [[nodiscard]] bool isEmpty() const { return name.isEmpty(); }
    // The register number ("RCS B123456"), else the VAT number, in the current
    // language; empty when the company has neither.
    [[nodiscard]] QString identifier() const;
    // "Weber Constructions S.A. (RCS B123456)", or the name alone.
    [[nodiscard]] QString nameWithIdentifier() const;
};

} // namespace guichet::forms
