// Feeds: the bytes as the answer of GET /spaces/{spaceId}/changes (a ChangeFeed page)
// to parseFeedPage, the way SpaceSync reads it; also the whole input as an href to
// apiRelativePath. Why: the feed says which objects the local store adds, replaces and
// deletes; a change the parser lets through without id, version or href would reach
// the store, and unknown kinds must be dropped, not refused.
#include "FeedPage.h"
#include "FuzzSupport.h"

using namespace guichet;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::quietQtMessages();
    const QByteArray input = fuzz::bytes(data, size);
    const Result<sync::FeedPage> page = sync::parseFeedPage(QJsonDocument::fromJson(input));
    if (page) {
        fuzz::check(!page.value().cursor.isEmpty(), "an accepted page has a cursor");
        for (const sync::FeedChange& change : page.value().changes) {
            fuzz::check(sync::isKnownKind(change.kind), "only known kinds are kept");
            fuzz::check(!change.id.isEmpty() && change.version >= 1 && !change.href.isEmpty(),
                        "a kept change has an id, a version and an href");
        }
    }
    const QString href = QString::fromUtf8(input);
    const QString relative = sync::apiRelativePath(href);
    fuzz::check(href.endsWith(relative), "the API-relative path is the end of the href");
    return 0;
}
