#include "Checksums.h"

#include <QDate>
#include <QHash>

namespace guichet::forms {
namespace {

QString withoutSpaces(const QString& input)
{
    QString result;
    result.reserve(input.size());
    for (const QChar c : input)
        if (!c.isSpace())
            result.append(c);
    return result;
}

bool isAsciiDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

bool isAsciiUpperOrDigit(QChar c)
{
    return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

// IBAN lengths from the SWIFT IBAN registry: every SEPA country and territory using its
// own code, then the other registered countries. A country not listed is checked with
// the general limits (15 to 34 characters) and the mod-97 rule only.
const QHash<QString, int>& ibanLengths()
{
    static const QHash<QString, int> lengths{
        // SEPA
        {QStringLiteral("AD"), 24},
        {QStringLiteral("AT"), 20},
        {QStringLiteral("BE"), 16},
        {QStringLiteral("BG"), 22},
        {QStringLiteral("CH"), 21},
        {QStringLiteral("CY"), 28},
        {QStringLiteral("CZ"), 24},
        {QStringLiteral("DE"), 22},
        {QStringLiteral("DK"), 18},
        {QStringLiteral("EE"), 20},
        {QStringLiteral("ES"), 24},
        {QStringLiteral("FI"), 18},
        {QStringLiteral("FO"), 18},
        {QStringLiteral("FR"), 27},
        {QStringLiteral("GB"), 22},
        {QStringLiteral("GI"), 23},
        {QStringLiteral("GL"), 18},
        {QStringLiteral("GR"), 27},
        {QStringLiteral("HR"), 21},
        {QStringLiteral("HU"), 28},
        {QStringLiteral("IE"), 22},
        {QStringLiteral("IS"), 26},
        {QStringLiteral("IT"), 27},
        {QStringLiteral("LI"), 21},
        {QStringLiteral("LT"), 20},
        {QStringLiteral("LU"), 20},
        {QStringLiteral("LV"), 21},
        {QStringLiteral("MC"), 27},
        {QStringLiteral("MT"), 31},
        {QStringLiteral("NL"), 18},
        {QStringLiteral("NO"), 15},
        {QStringLiteral("PL"), 28},
        {QStringLiteral("PT"), 25},
        {QStringLiteral("RO"), 24},
        {QStringLiteral("SE"), 24},
        {QStringLiteral("SI"), 19},
        {QStringLiteral("SK"), 24},
        {QStringLiteral("SM"), 27},
        {QStringLiteral("VA"), 22},
        // Other registered countries
        {QStringLiteral("AE"), 23},
        {QStringLiteral("AL"), 28},
        {QStringLiteral("AZ"), 28},
        {QStringLiteral("BA"), 20},
        {QStringLiteral("BH"), 22},
        {QStringLiteral("BR"), 29},
        {QStringLiteral("BY"), 28},
        {QStringLiteral("CR"), 22},
        {QStringLiteral("DO"), 28},
        {QStringLiteral("EG"), 29},
        {QStringLiteral("GE"), 22},
        {QStringLiteral("GT"), 28},
        {QStringLiteral("IL"), 23},
        {QStringLiteral("IQ"), 23},
        {QStringLiteral("JO"), 30},
        {QStringLiteral("KW"), 30},
        {QStringLiteral("KZ"), 20},
        {QStringLiteral("LB"), 28},
        {QStringLiteral("LC"), 32},
        {QStringLiteral("MD"), 24},
        {QStringLiteral("ME"), 22},
        {QStringLiteral("MK"), 19},
        {QStringLiteral("MR"), 27},
        {QStringLiteral("MU"), 30},
        {QStringLiteral("PK"), 24},
        {QStringLiteral("PS"), 29},
        {QStringLiteral("QA"), 29},
        {QStringLiteral("RS"), 22},
        {QStringLiteral("SA"), 24},
        {QStringLiteral("SC"), 31},
        {QStringLiteral("ST"), 25},
        {QStringLiteral("SV"), 28},
        {QStringLiteral("TL"), 23},
        {QStringLiteral("TN"), 24},
        {QStringLiteral("TR"), 26},
        {QStringLiteral("UA"), 29},
        {QStringLiteral("VG"), 24},
        {QStringLiteral("XK"), 20},
    };
    return lengths;
}

// The IBAN moved around (first four characters to the end), letters as 10..35, modulo
// 97, computed piece by piece so that no big integer is needed.
int ibanRemainder(const QString& iban)
{
    const QString rearranged = iban.mid(4) + iban.left(4);
    int remainder = 0;
    for (const QChar c : rearranged) {
        const int value = c.isDigit() ? c.unicode() - '0' : c.unicode() - 'A' + 10;
        remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
    }
    return remainder;
}

// Verhoeff's tables: d is the multiplication of the dihedral group D5, p the
// permutation applied to a digit by its position, inv the inverse within D5.
constexpr int VerhoeffD[10][10] = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5},
                                   {2, 3, 4, 0, 1, 7, 8, 9, 5, 6}, {3, 4, 0, 1, 2, 8, 9, 5, 6, 7},
                                   {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
                                   {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3},
                                   {8, 7, 6, 5, 9, 3, 2, 1, 0, 4}, {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
constexpr int VerhoeffP[8][10] = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4},
                                  {5, 8, 0, 3, 7, 9, 6, 1, 4, 2}, {8, 9, 1, 6, 0, 4, 3, 5, 2, 7},
                                  {9, 4, 5, 3, 1, 2, 7, 6, 8, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
                                  {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};
constexpr int VerhoeffInverse[10] = {0, 4, 3, 2, 1, 5, 6, 7, 8, 9};

} // namespace

QString normaliseIban(const QString& input)
{
    return withoutSpaces(input).toUpper();
}

int ibanLength(QStringView countryCode)
{
    return ibanLengths().value(countryCode.toString(), 0);
}

bool hasIbanShape(const QString& input)
{
    const QString iban = normaliseIban(input);
    if (iban.size() < 15 || iban.size() > 34)
        return false;
    if (!iban.at(0).isLetter() || !iban.at(1).isLetter() || !iban.at(2).isDigit() ||
        !iban.at(3).isDigit())
        return false;
    for (const QChar c : iban)
        if (!isAsciiUpperOrDigit(c))
            return false;
    const int expected = ibanLength(QStringView(iban).left(2));
    return expected == 0 || iban.size() == expected;
}

bool isValidIban(const QString& input)
{
    if (!hasIbanShape(input))
        return false;
    const QString iban = normaliseIban(input);
    // Computed check digits are 02 to 98; 00, 01 and 99 never come out of the
    // algorithm even when the mod-97 test would let 99 pass for 02.
    const QStringView check = QStringView(iban).mid(2, 2);
    if (check == QLatin1String("00") || check == QLatin1String("01") ||
        check == QLatin1String("99"))
        return false;
    return ibanRemainder(iban) == 1;
}

int luhnDigit(QStringView digits)
{
    if (!isAsciiDigits(digits))
        return -1;
    // From the right, every other digit is doubled, starting with the rightmost one
    // (the check digit will be appended after it).
    int sum = 0;
    bool doubled = true;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int value = digits.at(i).unicode() - '0';
        if (doubled) {
            value *= 2;
            if (value > 9)
                value -= 9;
        }
        sum += value;
        doubled = !doubled;
    }
    return (10 - sum % 10) % 10;
}

int verhoeffDigit(QStringView digits)
{
    if (!isAsciiDigits(digits))
        return -1;
    // Positions count from the right, starting at 1 because the check digit will take
    // position 0.
    int check = 0;
    int position = 1;
    for (qsizetype i = digits.size() - 1; i >= 0; --i, ++position)
        check = VerhoeffD[check][VerhoeffP[position % 8][digits.at(i).unicode() - '0']];
    return VerhoeffInverse[check];
}

QString normaliseLuNationalNumber(const QString& input)
{
    return withoutSpaces(input);
}

bool hasLuNationalNumberShape(const QString& input)
{
    const QString number = normaliseLuNationalNumber(input);
    return number.size() == 13 && isAsciiDigits(number);
}

bool isValidLuNationalNumber(const QString& input)
{
    if (!hasLuNationalNumberShape(input))
        return false;
    const QString number = normaliseLuNationalNumber(input);
    const QStringView view(number);
    const QDate birth(view.mid(0, 4).toInt(), view.mid(4, 2).toInt(), view.mid(6, 2).toInt());
    if (!birth.isValid())
        return false;
    const QStringView body = view.left(11);
    return luhnDigit(body) == view.at(11).unicode() - '0' &&
           verhoeffDigit(body) == view.at(12).unicode() - '0';
}

QString normaliseLuVat(const QString& input)
{
    return withoutSpaces(input).toUpper();
}

bool hasLuVatShape(const QString& input)
{
    const QString vat = normaliseLuVat(input);
    return vat.size() == 10 && vat.startsWith(QLatin1String("LU")) &&
           isAsciiDigits(QStringView(vat).mid(2));
}

bool isValidLuVat(const QString& input)
{
    if (!hasLuVatShape(input))
        return false;
    const QString vat = normaliseLuVat(input);
    const int body = QStringView(vat).mid(2, 6).toInt();
    const int check = QStringView(vat).mid(8, 2).toInt();
    return body % 89 == check;
}

} // namespace guichet::forms
