#pragma once

#include "Phrasing.h"

#include <QList>

// The themes of the catalogue (housing, family, business creation...): for each, who it
// concerns, typical conditions, the law it rests on and the subjects procedures are about.
namespace guichet::sim::seed::catalogue {

struct Theme
{
    const char* slug;                   // ASCII, used in URLs
    bool business;                      // audience "business" rather than "citizen"
    Tri name;                           // shown in `themes`
    QList<const char*> administrations; // default ids; "commune" = one of the communes
    Tri who[2];
    Tri conditions[4];
    Tri lawTopic; // completes "Loi modifiée du <date> ..." / "Amended law of <date> ..."
    QList<Subject> subjects;
};

const QList<Theme>& citizenThemes();
// The second half of the citizen themes (environment, leisure, social help, local life,
// retirement, immigration), kept in a file of its own.
QList<Theme> dailyLifeThemes();
const QList<Theme>& businessThemes();

// A subject for the tables. An English noun starting with '~' is uncountable (no article).
Subject subject(Kind kind, const char* en, const char* fr, char frGender, const char* de,
                char deGender, const char* admin = nullptr, int actionLimit = 0);

} // namespace guichet::sim::seed::catalogue
