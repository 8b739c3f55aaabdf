#pragma once

#include <QString>

// The building blocks of the catalogue texts: a text in the three languages, and the
// thing a procedure is about (a certificate, a permit, an allowance...) with what each
// language needs to put it in a sentence (article, gender).
namespace guichet::sim::seed::catalogue {

// One text in the three API languages (UTF-8 source text).
struct Tri
{
    const char* fr;
    const char* de;
    const char* en;

    QString in(const QString& language) const;
};

// What kind of thing a subject is; it decides which actions make sense for it
// (one renews a permit, not a birth certificate).
enum class Kind
{
    Certificate,
    Permit,
    Benefit,
    Registration,
    Declaration,
    Service
};

// A noun phrase in the three languages. Articles are added by the templates: French
// and German need the grammatical gender ('m', 'f', and 'n' for German neuter).
// German phrases are used in nominative, accusative and dative only, where a noun
// without adjective keeps its form; any attribute follows the noun.
struct Subject
{
    Kind kind;
    const char* en;
    const char* fr;
    char frGender;
    const char* de;
    char deGender;
    bool enArticle = true;       // false for uncountable English nouns ("enrolment on ...")
    const char* admin = nullptr; // administration id when the theme's default is wrong
    // Only the first actions of the kind make sense for some subjects (one can apply for
    // naturalisation but not renew it); 0 = all. Actions are listed most common first.
    int actionLimit = 0;
};

// Fills a template with the subject's forms and starts it with a capital letter.
// English: {a} {the} {n}; French: {un} {le} {du} {au} {dun} {e} {n};
// German: {ein} (accusative), {einem} (dative), {der} (nominative), {den}, {dem}, {zum}, {n}.
QString phrase(const Tri& text, const Subject& subject, const QString& language);

// A text with no subject placeholders, in one language.
QString plain(const Tri& text, const QString& language);

// "residential parking card" -> "residential-parking-card" (ASCII, for ids and URLs).
QString slugOf(const QString& text);

} // namespace guichet::sim::seed::catalogue
