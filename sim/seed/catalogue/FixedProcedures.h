#pragma once

#include "Phrasing.h"

#include <QList>

// The twelve procedures whose online forms are written by hand (sim/seed/forms). Their
// ids, titles, audiences and authentication are fixed; the rest of their description is
// generated like any other procedure.
namespace guichet::sim::seed::catalogue {

struct FixedProcedure
{
    const char* formId;    // procedure id = "proc-" + formId
    const char* themeSlug; // one of the theme slugs
    Kind kind;
    const char* admin;
    bool business;
    bool publicAccess; // authentication "none" (no card)
    Tri title;
    Tri summary;
};

const QList<FixedProcedure>& fixedProcedures();

} // namespace guichet::sim::seed::catalogue
