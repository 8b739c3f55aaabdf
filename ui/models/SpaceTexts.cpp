#include "SpaceTexts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace guichet::SpaceTexts {

const QStringList& dossierStatuses()
{
    static const QStringList statuses{QStringLiteral("received"), QStringLiteral("in_processing"),
                                      QStringLiteral("information_requested"),
                                      QStringLiteral("decided"), QStringLiteral("closed")};
    return statuses;
}

QString dossierStatus(const QString& status)
{
    if (status == u"received")
        return QCoreApplication::translate("SpaceTexts", "Received");
    if (status == u"in_processing")
        return QCoreApplication::translate("SpaceTexts", "In processing");
    if (status == u"information_requested")
        return QCoreApplication::translate("SpaceTexts", "Information requested");
    if (status == u"decided")
        return QCoreApplication::translate("SpaceTexts", "Decided");
    if (status == u"closed")
        return QCoreApplication::translate("SpaceTexts", "Closed");
    return status;
}

QString decisionOutcome(const QString& outcome)
{
    if (outcome == u"granted")
        return QCoreApplication::translate("SpaceTexts", "Granted");
    if (outcome == u"partially_granted")
        return QCoreApplication::translate("SpaceTexts", "Partially granted");
    if (outcome == u"refused")
        return QCoreApplication::translate("SpaceTexts", "Refused");
    return outcome;
}

QString documentOrigin(const QString& origin)
{
    if (origin == u"personal")
        return QCoreApplication::translate("SpaceTexts", "Added by you");
    if (origin == u"administration")
        return QCoreApplication::translate("SpaceTexts", "From an administration");
    if (origin == u"submission")
        return QCoreApplication::translate("SpaceTexts", "Sent with a procedure");
    return origin;
}

QString dateTime(const QString& isoDateTime)
{
    const QDateTime when = QDateTime::fromString(isoDateTime, Qt::ISODate);
    if (!when.isValid())
        return isoDateTime;
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QString date(const QString& isoDate)
{
    const QDate day = QDate::fromString(isoDate, Qt::ISODate);
    if (!day.isValid())
        return isoDate;
    return QLocale().toString(day, QLocale::ShortFormat);
}

QString fileSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString field(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

QString administrationName(const QJsonObject& object)
{
    return object.value(QLatin1String("administration")).toObject().value(u"name").toString();
}

} // namespace guichet::SpaceTexts
