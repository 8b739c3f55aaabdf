#include "SeedIds.h"

#include <QCryptographicHash>

#include <cstdio>

namespace guichet::sim::seed {

QString hexId(const QString& seed, int length)
{
    const QByteArray digest =
        QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QString::fromLatin1(digest.left(length));
}

QString mixedHexId(quint64 number, int length)
{
    quint64 z = number + 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z ^= z >> 31;
    return QString::number(z, 16).rightJustified(16, QLatin1Char('0')).left(length);
}

quint64 seedNumber(const QString& seed)
{
    const QByteArray digest = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha256);
    quint64 n = 0;
    for (int i = 0; i < 8; ++i)
        n = (n << 8) | static_cast<quint8>(digest.at(i));
    return n;
}

QString documentId(const QString& seed)
{
    return QStringLiteral("DOC-") + hexId(seed, 12);
}
QString messageId(const QString& seed)
{
    return QStringLiteral("M-") + hexId(seed, 12);
}
QString threadId(const QString& seed)
{
    return QStringLiteral("T-") + hexId(seed, 8);
}
QString consentId(const QString& seed)
{
    return QStringLiteral("C-") + hexId(seed, 12);
}
QString correctionId(const QString& seed)
{
    return QStringLiteral("CR-") + hexId(seed, 12);
}

QString dossierId(int year, int number)
{
    return QStringLiteral("D-%1-%2").arg(year).arg(number, 6, 10, QLatin1Char('0'));
}

QString eventId(const QString& dossierId, int sequence)
{
    // "D-2025-004711" -> "EV-2025-004711-3"
    return QStringLiteral("EV-") + dossierId.mid(2) + QLatin1Char('-') + QString::number(sequence);
}

QString identityIdFor(const QString& holderNumber)
{
    // Same derivation as the simulated AuthService, so submittedBy matches the signed-in person.
    return QStringLiteral("id-") +
           QString::fromLatin1(QCryptographicHash::hash("guichet-sim:" + holderNumber.toUtf8(),
                                                        QCryptographicHash::Sha256)
                                   .toHex()
                                   .left(16));
}

QString formIdFor(const QString& formKey)
{
    return QStringLiteral("F-") + formKey.toUpper();
}

QString procedureIdFor(const QString& formKey)
{
    static const QStringList businessForms{QStringLiteral("business-permit"),
                                           QStringLiteral("vat-registration")};
    const auto audience =
        businessForms.contains(formKey) ? QStringLiteral("P-BUS-") : QStringLiteral("P-CIT-");
    return audience + formKey.toUpper();
}

QString isoUtc(const QDateTime& when)
{
    // By hand: QDateTime::toString parses its format on every call, which shows in bulk spaces.
    const QDateTime utc = when.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", d.year(), d.month(), d.day(),
                  t.hour(), t.minute(), t.second());
    return QString::fromLatin1(text);
}

QString isoDate(const QDateTime& when)
{
    return when.toUTC().date().toString(Qt::ISODate);
}

} // namespace guichet::sim::seed
