#include "TransparencyTexts.h"

#include <QCoreApplication>

namespace guichet::TransparencyTexts {
const QStringList& dataSourceOrder()
{
    static const QStringList order{QStringLiteral("rnpp-identity"),
                                   QStringLiteral("rnpp-address"),
                                   QStringLiteral("vehicles"),
                                   QStringLiteral("driving-licence"),
                                   QStringLiteral("cadastre"),
                                   QStringLiteral("vat"),
                                   QStringLiteral("rcs")};
    return order;
}

bool isConsentOnlySource(const QString& source)
{
    // portal.yaml AuthenticSource: the criminal record is "consent only, not shown
    // under My data"; it appears in the consents and the access log instead.
    return source == u"criminal-record";
}

QString correctionStatus(const QString& status)
{
    if (status == u"submitted")
        return QCoreApplication::translate("TransparencyTexts", "Received by the authority");
    if (status == u"in_review")
        return QCoreApplication::translate("TransparencyTexts", "Being reviewed");
    if (status == u"accepted")
        return QCoreApplication::translate("TransparencyTexts", "Accepted");
    if (status == u"rejected")
        return QCoreApplication::translate("TransparencyTexts", "Rejected");
    return status;
}

QString consentStatus(const QString& status)
{
    if (status == u"active")
        return QCoreApplication::translate("TransparencyTexts", "Active");
    if (status == u"revoked")
        return QCoreApplication::translate("TransparencyTexts", "Revoked");
    if (status == u"expired")
        return QCoreApplication::translate("TransparencyTexts", "Expired");
    return status;
}

QString waitingState(bool failed, bool sending, const QString& code)
{
    if (failed)
        return QCoreApplication::translate("TransparencyTexts", "Not sent (%1)").arg(code);
    if (sending)
        return QCoreApplication::translate("TransparencyTexts", "Being sent…");
    return QCoreApplication::translate("TransparencyTexts",
                                       "Saved on this computer, waiting to be sent");
}

} // namespace guichet::TransparencyTexts
