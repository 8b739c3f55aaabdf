#pragma once

#include <QString>
#include <QStringView>

// Check digits of the identifiers a Luxembourg form asks for. Spaces in the input are
// ignored everywhere (people copy numbers as they are printed); letters are taken in
// either case. The "shape" functions check the form without the check digits, so that
// a message can tell "not an IBAN at all" from "an IBAN with a typing mistake".
namespace guichet::forms {

// IBAN (ISO 13616): country code, two check digits, the national account number; the
// length is fixed per country; the whole number, rearranged, is 1 modulo 97.
[[nodiscard]] QString normaliseIban(const QString& input); // no spaces, upper case
[[nodiscard]] int ibanLength(QStringView countryCode);     // 0 for a country not in the table
[[nodiscard]] bool hasIbanShape(const QString& input);
[[nodiscard]] bool isValidIban(const QString& input);

// The check digit that the Luhn (mod 10) algorithm appends to `digits`; -1 when
// `digits` is empty or holds anything but 0-9.
[[nodiscard]] int luhnDigit(QStringView digits);
// The check digit that the Verhoeff (dihedral group D5) algorithm appends to `digits`;
// -1 likewise.
[[nodiscard]] int verhoeffDigit(QStringView digits);

// Luxembourg national identification number (matricule): 13 digits, YYYYMMDD of the
// birth date (a real date), a 3-digit serial, then the Luhn check digit of the first 11
// digits and the Verhoeff check digit of the first 11 digits.
[[nodiscard]] QString normaliseLuNationalNumber(const QString& input); // digits only
[[nodiscard]] bool hasLuNationalNumberShape(const QString& input);     // 13 digits
[[nodiscard]] bool isValidLuNationalNumber(const QString& input);

// Luxembourg VAT number: "LU" and 8 digits, the first 6 modulo 89 giving the last 2.
[[nodiscard]] QString normaliseLuVat(const QString& input); // no spaces, upper case
[[nodiscard]] bool hasLuVatShape(const QString& input);     // LU + 8 digits
[[nodiscard]] bool isValidLuVat(const QString& input);

} // namespace guichet::forms
