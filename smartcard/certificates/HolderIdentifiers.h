#pragma once

#include <QString>

namespace guichet {

// The identifiers a certificate's subject serialNumber attribute carries.
//
// Rule, in order:
// 1. "PNOLU-" + 13 digits (ETSI EN 319 412-1 semantics identifier: national
//    personal number, Luxembourg) is the national number, whoever issued it.
// 2. 13 bare digits in a certificate issued by LuxTrust (issuer O or CN contains
//    "LuxTrust") are LuxTrust's Single Serial Number, the number LuxTrust gives
//    each identity it manages; it is not the matricule.
// 3. 13 bare digits from another issuer are the matricule when they start with a
//    birth date as the matricule does (YYYYMMDD; month and day may be 00 when
//    unknown); otherwise they are neither.
struct HolderIdentifiers
{
    QString nationalNumber;
    QString luxTrustSsn;
};

[[nodiscard]] HolderIdentifiers holderIdentifiers(const QString& subjectSerialNumber,
                                                  const QString& issuerOrganisation,
                                                  const QString& issuerCommonName);

} // namespace guichet
