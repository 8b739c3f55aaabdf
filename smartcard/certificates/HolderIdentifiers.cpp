#include "HolderIdentifiers.h"

#include <QStringView>

#include <algorithm>

namespace guichet {
namespace {

constexpr int MatriculeLength = 13;

bool isThirteenDigits(QStringView text)
{
    return text.size() == MatriculeLength &&
           std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// The matricule starts with the birth date; 00 stands for an unknown month or day.
bool startsWithBirthDate(QStringView digits)
{
    const int year = digits.mid(0, 4).toInt();
    const int month = digits.mid(4, 2).toInt();
    const int day = digits.mid(6, 2).toInt();
    return year >= 1850 && year <= 2199 && month <= 12 && day <= 31;
}

bool issuedByLuxTrust(const QString& organisation, const QString& commonName)
{
    return organisation.contains(QLatin1String("LuxTrust"), Qt::CaseInsensitive) ||
           commonName.contains(QLatin1String("LuxTrust"), Qt::CaseInsensitive);
}

} // namespace

HolderIdentifiers holderIdentifiers(const QString& subjectSerialNumber,
                                    const QString& issuerOrganisation,
                                    const QString& issuerCommonName)
{
    static const QString EtsiPrefix = QStringLiteral("PNOLU-");
    const QString value = subjectSerialNumber.trimmed();
    HolderIdentifiers ids;
    if (value.startsWith(EtsiPrefix)) {
        const QStringView digits = QStringView(value).mid(EtsiPrefix.size());
        if (isThirteenDigits(digits))
            ids.nationalNumber = digits.toString();
        return ids;
    }
    if (!isThirteenDigits(value))
        return ids;
    if (issuedByLuxTrust(issuerOrganisation, issuerCommonName))
        ids.luxTrustSsn = value;
    else if (startsWithBirthDate(value))
        ids.nationalNumber = value;
    return ids;
}

} // namespace guichet
