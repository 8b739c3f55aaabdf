#pragma once

#include <QString>
#include <QStringList>

// Translated names and small helpers shared by the three transparency screens
// ("My data", "Who accessed my data", "My consents").
namespace guichet::TransparencyTexts {

// The authentic sources shown under "My data", in the order people think of them
// (identity before address, car before licence); unknown sources come after.
[[nodiscard]] const QStringList& dataSourceOrder();
// Sources that hold data only fetched with consent: not listed under "My data".
[[nodiscard]] bool isConsentOnlySource(const QString& source);

// CorrectionStatus and ConsentStatus of portal.yaml; an unknown value is shown as it is.
[[nodiscard]] QString correctionStatus(const QString& status);
[[nodiscard]] QString consentStatus(const QString& status);

// What an outbox entry's state means to the person ("waiting to be sent"...); code is
// the error code of a refused entry.
[[nodiscard]] QString waitingState(bool failed, bool sending, const QString& code);

} // namespace guichet::TransparencyTexts
