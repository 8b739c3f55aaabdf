// Feeds: the bytes as a list page ({"items": [...], "nextCursor": ...}) to
// rawArrayItems, which cuts out the text of each item so the sync can store objects as
// the portal sent them. Why: CatalogueSync and ObjectFetcher store raw item i as the
// text of the object QJsonDocument parsed as item i whenever both counts agree; so for
// every input QJsonDocument accepts, a split with the right count must give, item by
// item, the same JSON values (checked here). Any other input must not crash it either.
#include "FuzzSupport.h"
#include "RawJsonItems.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace guichet;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::quietQtMessages();
    const QByteArray input = fuzz::bytes(data, size);
    const std::optional<QList<QByteArray>> raw = sync::rawArrayItems(input, QLatin1String("items"));
    if (!raw)
        return 0;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(input, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return 0; // the callers parse first and never split text QJsonDocument refused
    const QJsonArray items = document.object().value(QLatin1String("items")).toArray();
    if (raw->size() != items.size())
        return 0; // the callers fall back to serialising the parsed items
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonParseError itemError;
        const QJsonDocument alone = QJsonDocument::fromJson("[" + raw->at(i) + "]", &itemError);
        fuzz::check(itemError.error == QJsonParseError::NoError,
                    "each raw item is valid JSON on its own");
        fuzz::check(alone.array().at(0) == items.at(i),
                    "raw item i means the same as parsed item i");
    }
    return 0;
}
