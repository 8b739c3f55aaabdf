#pragma once

#include "Dice.h"
#include "SeedTypes.h"

#include <QJsonObject>

// The simple online forms of the generated procedures: who you are (read from the
// national register when you sign in with a card), how to reach you, your request and a
// supporting document.
namespace guichet::sim::seed::catalogue {

struct GeneratedFormInput
{
    QString formId;
    QString procedureId;
    Localised procedure; // the procedure in each language (title, administration, updatedAt)
    bool business = false;
    bool publicAccess = false; // authentication "none": nothing can be prefilled
};

Localised generatedForm(const GeneratedFormInput& input, Dice& dice);

} // namespace guichet::sim::seed::catalogue
