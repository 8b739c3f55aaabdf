#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QtGlobal>

// What the person reads and signs before a form is submitted, as plain data. Every text
// is already in the person's language (the caller translates and formats answers); the
// renderer (SummaryPdf.h) only lays it out. Texts are shown literally, never as markup:
// they come from the portal and from the person.
namespace guichet::forms {

// One answered field inside a repetition of a group.
struct SummaryField
{
    QString label;
    QString answer;     // display text; '\n' starts a new line (an address, a list)
    QString provenance; // "Entered by you", "From <source> — no proof needed", ...
};

// One line of a section's table: a field, or a repeatable group (children, previous
// employers) whose repetitions are printed below it as sub-rows numbered "1.", "2.", ...
struct SummaryRow
{
    QString label;
    QString answer;     // display text; '\n' starts a new line; usually empty for a group
    QString provenance; // usually empty for a group
    QList<QList<SummaryField>> repetitions; // one list of fields per repetition
};

struct SummarySection
{
    QString title;
    QList<SummaryRow> rows;
};

struct SummaryAttachment
{
    QString requirement; // label of what the form asks for ("Proof of address")
    QString fileName;
    QString mediaType; // "application/pdf"
    qint64 sizeBytes = 0;
    QString sha256Hex;           // 64 hexadecimal digits, the manifest's digest
    bool alreadyInSpace = false; // a document of the space re-used, not uploaded again
};

struct SummaryDocument
{
    QString formTitle;
    QString formId;      // "F-ASSISTANT-PARENTAL"
    QString formVersion; // "2.1.0"
    QString procedureId; // "P-CIT-ASSISTANT-PARENTAL"
    QString administration;
    QString personName;
    // The company's name when submitting from a professional space ("on behalf of");
    // empty for the person's private space.
    QString onBehalfOf;
    // The certificate the person chose to sign with ("Luc Weber, Weber Constructions
    // S.A., issued by ..."); empty when not signed or not known.
    QString signedWith;
    QString language;      // "fr", "de" or "en": dates and sizes are formatted for it
    QDateTime confirmedAt; // when the person confirmed the summary (the manifest's createdAt)
    QList<SummarySection> sections;
    QList<SummaryAttachment> attachments;
    QString closingStatement; // "I certify that the information above is accurate..."
};

} // namespace guichet::forms
