#include "ResponseLanguage.h"

#include "PortalStore.h"
#include "SourceVocabulary.h"

#include <QJsonArray>

namespace guichet::sim {
namespace {

// Items the vocabulary knows get its label; others keep the one they were stored with.
QJsonArray itemsIn(const QString& source, const QJsonArray& items, const QString& language)
{
    QJsonArray out;
    for (const QJsonValue value : items) {
        QJsonObject item = value.toObject();
        const QString id = item.value(QLatin1String("id")).toString();
        const QString label = seed::itemLabel(source, id, language);
        if (label != id)
            item.insert(QStringLiteral("label"), label);
        out.append(item);
    }
    return out;
}

} // namespace

QJsonObject inRequestLanguage(PortalStore& store, const QString& kind, QJsonObject object,
                              const QString& language)
{
    if (kind == QLatin1String("dossier")) {
        // Kept beside the dossier by the seed when the catalogue lacks the procedure.
        const QJsonObject titles = object.take(QLatin1String("titleTexts")).toObject();
        const std::optional<QJsonObject> procedure =
            store.procedure(object.value(QLatin1String("procedureId")).toString(), language);
        if (procedure && !procedure->value(QLatin1String("title")).toString().isEmpty())
            object.insert(QStringLiteral("title"), procedure->value(QLatin1String("title")));
        else if (!titles.value(language).toString().isEmpty())
            object.insert(QStringLiteral("title"), titles.value(language));
    } else if (kind == QLatin1String("data") || kind == QLatin1String("access")) {
        const QString source = object.value(QLatin1String("source")).toString();
        object.insert(QStringLiteral("items"),
                      itemsIn(source, object.value(QLatin1String("items")).toArray(), language));
        // Kept beside the entry by the seed; never part of the answer.
        const QJsonObject purposes = object.take(QLatin1String("purposeTexts")).toObject();
        if (!purposes.value(language).toString().isEmpty())
            object.insert(QStringLiteral("purpose"), purposes.value(language));
        if (kind == QLatin1String("data")) {
            const QString title = seed::sourceTitle(source, language);
            if (title != source)
                object.insert(QStringLiteral("title"), title);
        }
    }
    return object;
}

} // namespace guichet::sim
