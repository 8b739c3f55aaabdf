#pragma once

#include "Phrasing.h"

#include <QList>

// What a procedure does with its subject (apply for, renew, correct...). Each kind of
// subject has its own actions; each action has a title and two ways of summing it up.
namespace guichet::sim::seed::catalogue {

struct Action
{
    const char* slug; // first part of the procedure id, e.g. "renew"
    Tri title;
    Tri summaries[2];
};

const QList<Action>& actionsFor(Kind kind);

} // namespace guichet::sim::seed::catalogue
