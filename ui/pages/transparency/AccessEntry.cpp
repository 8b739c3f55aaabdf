#include "AccessEntry.h"

#include "TextFolding.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace guichet {
namespace {

// Folding decomposes Unicode, which is slow; the log repeats a few dozen texts.
class FoldCache
{
public:
    const QString& fold(const QString& text)
    {
        auto found = m_folded.constFind(text);
        if (found == m_folded.cend())
            found = m_folded.insert(text, store::foldForSearch(text));
        return *found;
    }

private:
    QHash<QString, QString> m_folded;
};

int digits(const QString& text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

QString text(const QJsonObject& object, QLatin1String key)
{
    return object.value(key).toString();
}

} // namespace

qint64 parseUtcMillis(const QString& iso)
{
    // QDateTime::fromString costs microseconds; at 10,000 entries that is the
    // screen's whole opening budget, hence this path for the portal's own format.
    if (iso.size() == 20 && iso.at(4) == u'-' && iso.at(7) == u'-' && iso.at(10) == u'T' &&
        iso.at(13) == u':' && iso.at(16) == u':' && iso.at(19) == u'Z') {
        const QDate day(digits(iso, 0, 4), digits(iso, 5, 2), digits(iso, 8, 2));
        const int hours = digits(iso, 11, 2);
        const int minutes = digits(iso, 14, 2);
        const int seconds = digits(iso, 17, 2);
        if (day.isValid() && hours >= 0 && hours < 24 && minutes >= 0 && minutes < 60 &&
            seconds >= 0 && seconds < 60) {
            constexpr qint64 UnixEpochJulianDay = 2440588;
            const qint64 days = day.toJulianDay() - UnixEpochJulianDay;
            return (((days * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000;
        }
    }
    const QDateTime when = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return when.isValid() ? when.toMSecsSinceEpoch() : 0;
}

QList<AccessEntry> readAccessEntries(const QByteArray& jsonArray)
{
    FoldCache folds;
    QList<AccessEntry> entries;
    const QJsonArray objects = QJsonDocument::fromJson(jsonArray).array();
    entries.reserve(objects.size());
    for (const QJsonValue value : objects) {
        const QJsonObject json = value.toObject();
        AccessEntry entry;
        entry.id = text(json, QLatin1String("id"));
        entry.accessedAt = parseUtcMillis(text(json, QLatin1String("accessedAt")));
        const QJsonObject administration = json.value(QLatin1String("administration")).toObject();
        entry.administrationId = text(administration, QLatin1String("id"));
        entry.administration = text(administration, QLatin1String("name"));
        entry.source = text(json, QLatin1String("source"));
        for (const QJsonValue item : json.value(QLatin1String("items")).toArray()) {
            if (!entry.items.isEmpty())
                entry.items += QStringLiteral(", ");
            entry.items += text(item.toObject(), QLatin1String("label"));
        }
        entry.purpose = text(json, QLatin1String("purpose"));
        entry.legalBasis = text(json, QLatin1String("legalBasis"));
        entry.dossierId = text(json, QLatin1String("dossierId"));
        entry.procedureId = text(json, QLatin1String("procedureId"));
        entry.consentId = text(json, QLatin1String("consentId"));

        entry.administrationKey = folds.fold(entry.administration);
        entry.itemsKey = folds.fold(entry.items);
        entry.purposeKey = folds.fold(entry.purpose);
        // A separator no folded text holds, so a search cannot match across two fields.
        entry.searchText = entry.administrationKey + u'|' + entry.purposeKey + u'|' +
                           entry.itemsKey + u'|' + folds.fold(entry.dossierId);
        entries.append(std::move(entry));
    }
    return entries;
}

} // namespace guichet
