#pragma once

#include <QDateTime>
#include <QString>

#include "SpaceIds.h"

// Ids and timestamps in the shapes docs/api/portal.yaml prescribes. Hex ids are derived
// from a readable seed text (e.g. "marie-schmit/doc/payslip-03"), so they are stable from
// one run to the next and independent of the clock.
namespace guichet::sim::seed {

// First `length` lower-case hex digits of SHA-256(seed).
QString hexId(const QString& seed, int length);

// `length` hex digits mixed from a number (SplitMix64 finaliser): for ids made by the
// thousand, where hashing a seed text each time would be the slow part.
QString mixedHexId(quint64 number, int length);
quint64 seedNumber(const QString& seed); // first 8 bytes of SHA-256(seed)

QString documentId(const QString& seed);                 // DOC-xxxxxxxxxxxx
QString messageId(const QString& seed);                  // M-xxxxxxxxxxxx
QString threadId(const QString& seed);                   // T-xxxxxxxx
QString consentId(const QString& seed);                  // C-xxxxxxxxxxxx
QString correctionId(const QString& seed);               // CR-xxxxxxxxxxxx
QString dossierId(int year, int number);                 // D-2025-004711
QString eventId(const QString& dossierId, int sequence); // EV-2025-004711-3

// The pseudonymous identity id the simulated portal gives a person at sign-in.
QString identityIdFor(const QString& holderNumber);

// Catalogue form keys ("arrival-declaration") to the contract's ids
// ("F-ARRIVAL-DECLARATION", "P-CIT-ARRIVAL-DECLARATION"; business forms get P-BUS-).
QString formIdFor(const QString& formKey);
QString procedureIdFor(const QString& formKey);

// ISO 8601 in UTC with a trailing 'Z' and no milliseconds.
QString isoUtc(const QDateTime& when);
QString isoDate(const QDateTime& when); // YYYY-MM-DD (UTC)

} // namespace guichet::sim::seed
