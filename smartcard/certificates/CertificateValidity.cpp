#include "CertificateValidity.h"

#include "ErrorCodes.h"

namespace guichet {

Validity validityAt(const CertificateInfo& info, const QDateTime& now)
{
    if (now < info.notBefore)
        return Validity::NotYetValid;
    if (now > info.notAfter)
        return Validity::Expired;
    return Validity::Valid;
}

Status checkUsableFor(const CertificateInfo& info, CertificateRole wanted, const QDateTime& now)
{
    if (wanted != CertificateRole::Other && info.role != wanted)
        return Error(ErrorCode::CertificateWrongUse,
                     QStringLiteral("a %1 certificate, %2 wanted")
                         .arg(roleName(info.role), roleName(wanted)));
    switch (validityAt(info, now)) {
    case Validity::NotYetValid:
        return Error(ErrorCode::CertificateNotYetValid,
                     QStringLiteral("valid from ") + info.notBefore.toString(Qt::ISODate));
    case Validity::Expired:
        return Error(ErrorCode::CertificateExpired,
                     QStringLiteral("expired on ") + info.notAfter.toString(Qt::ISODate));
    case Validity::Valid:
        break;
    }
    return {};
}

QString roleName(CertificateRole role)
{
    switch (role) {
    case CertificateRole::Authentication:
        return QStringLiteral("authentication");
    case CertificateRole::Signature:
        return QStringLiteral("signature");
    case CertificateRole::Other:
        break;
    }
    return QStringLiteral("other");
}

} // namespace guichet
