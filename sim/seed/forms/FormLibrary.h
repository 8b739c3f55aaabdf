#pragma once

#include "SeedTypes.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

// The interactive forms of the simulated portal that were written by hand (as opposed
// to the generated catalogue): twelve common Luxembourg procedures, in French, German
// and English. Each lives in the resource ":/sim/forms/<slug>.json"; inside, the
// ids follow the contract (slug "study-grant" -> form "F-STUDY-GRANT").
namespace guichet::sim::seed {

// The forms' file slugs, in the order of the catalogue (citizen, then business ones).
[[nodiscard]] QStringList handWrittenFormIds();

// Every hand-written form as a FormDefinition per language ("fr", "de", "en"), published
// a few months before `now`, current (acceptedUntil null). The files are part of the
// build, so a broken one is a programming error and stops the program with a message
// naming the form and the JSON path.
[[nodiscard]] QList<Localised> handWrittenForms(const QDateTime& now);

} // namespace guichet::sim::seed
