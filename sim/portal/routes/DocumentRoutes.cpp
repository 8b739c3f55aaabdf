// Documents of a space (list, upload, details, delete, content with ETag and Range)
// and the space's change feed.
#include "Multipart.h"
#include "PortalContext.h"
#include "Problems.h"
#include "Routes.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace guichet::sim {
namespace {

constexpr qint64 SpaceQuotaBytes = 200LL * 1024 * 1024;

ApiResponse listDocuments(PortalContext& context, ApiRequest& request)
{
    if (auto refused = routes::enterSpace(context, request, Role::Member))
        return *refused;
    routes::Paging paging;
    if (auto refused = routes::readPaging(request, paging))
        return *refused;
    PortalStore::ItemQuery query;
    query.kind = QStringLiteral("document");
    if (request.hasQuery("origin"))
        query.equals.insert(QStringLiteral("status"), request.queryValue("origin"));
    if (request.hasQuery("dossierId"))
        query.equals.insert(QStringLiteral("dossier_id"), request.queryValue("dossierId"));
    if (auto refused = routes::readTime(request, "updatedSince", query.updatedSince))
        return *refused;
    return routes::listPage(context, request, query, paging);
}

QByteArray mediaTypeOf(const QByteArray& contentType)
{
    return contentType.split(';').value(0).trimmed().toLower();
}

bool acceptedMediaType(const QByteArray& type)
{
    return type == "application/pdf" || type == "image/jpeg" || type == "image/png";
}

// The bytes really are what the media type says (a renamed file is refused).
bool contentMatches(const QByteArray& type, const QByteArray& bytes)
{
    if (type == "application/pdf")
        return bytes.startsWith("%PDF-");
    if (type == "image/png")
        return bytes.startsWith("\x89PNG\r\n\x1a\n");
    if (type == "image/jpeg")
        return bytes.startsWith("\xff\xd8\xff");
    return false;
}

ApiResponse upload(PortalContext& context, const ApiRequest& request)
{
    QByteArray type = mediaTypeOf(request.header("content-type"));
    QByteArray bytes = request.body;
    QString fileName = request.queryValue("filename");
    QString title = request.queryValue("title");
    if (type == "multipart/form-data") {
        const std::optional<QList<MultipartPart>> parts =
            parseMultipart(request.header("content-type"), request.body);
        if (!parts)
            return problem(request, 400, QStringLiteral("REQ-001"),
                           QStringLiteral("Malformed multipart body"));
        bool haveFile = false;
        for (const MultipartPart& part : *parts) {
            if (part.name == QLatin1String("file")) {
                type = mediaTypeOf(part.contentType);
                bytes = part.body;
                if (!part.fileName.isEmpty())
                    fileName = part.fileName;
                haveFile = true;
            } else if (part.name == QLatin1String("title")) {
                title = QString::fromUtf8(part.body);
            }
        }
        if (!haveFile)
            return problem(request, 400, QStringLiteral("REQ-001"),
                           QStringLiteral("The file part is missing"));
    }
    if (!acceptedMediaType(type) || !contentMatches(type, bytes))
        return problem(request, 415, QStringLiteral("REQ-004"),
                       QStringLiteral("PDF, JPEG or PNG only"));
    if (bytes.isEmpty())
        return problem(request, 400, QStringLiteral("REQ-001"), QStringLiteral("Empty file"));
    const QString spaceId = request.param("spaceId");
    if (context.store.storedBytes(spaceId) + bytes.size() > SpaceQuotaBytes)
        return problem(request, 409, QStringLiteral("DOC-001"));
    static const QRegularExpression unsafe(QStringLiteral(R"([\\/:*?"<>|\x00-\x1f])"));
    fileName = fileName.remove(unsafe).trimmed();
    if (fileName.isEmpty())
        fileName = QStringLiteral("document");
    if (title.isEmpty())
        title = fileName;

    const QByteArray sha = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    const QString id = routes::newId("DOC-");
    const QString now = apiTime(context.clock.now());
    const QJsonObject document{
        {QStringLiteral("id"), id},
        {QStringLiteral("title"), title.left(200)},
        {QStringLiteral("fileName"), fileName.left(200)},
        {QStringLiteral("mediaType"), QString::fromLatin1(type)},
        {QStringLiteral("size"), bytes.size()},
        {QStringLiteral("sha256"), QString::fromLatin1(sha)},
        {QStringLiteral("origin"), QStringLiteral("personal")},
        {QStringLiteral("dossierId"), QJsonValue::Null},
        {QStringLiteral("messageId"), QJsonValue::Null},
        {QStringLiteral("createdAt"), now},
        {QStringLiteral("updatedAt"), now},
        {QStringLiteral("expiresAt"), QJsonValue::Null},
        {QStringLiteral("deletable"), true},
        {QStringLiteral("etag"), QStringLiteral("\"%1\"").arg(QString::fromLatin1(sha.left(16)))},
        {QStringLiteral("version"), 1},
        {QStringLiteral("contentHref"),
         QStringLiteral("/api/v1/spaces/%1/documents/%2/content").arg(spaceId, id)}};
    context.store.begin();
    context.store.putContent(spaceId, id, bytes);
    context.store.putItem(spaceId, QStringLiteral("document"), document);
    context.store.commit();
    return ApiResponse::json(201, document)
        .withHeader("Location",
                    QStringLiteral("/api/v1/spaces/%1/documents/%2").arg(spaceId, id).toUtf8());
}

ApiResponse deleteDocument(PortalContext& context, const ApiRequest& request)
{
    const QString spaceId = request.param("spaceId");
    const std::optional<QJsonObject> document =
        context.store.item(spaceId, QStringLiteral("document"), request.param("documentId"));
    if (!document)
        return routes::notFound(request);
    if (!document->value(QStringLiteral("deletable")).toBool())
        return problem(request, 409, QStringLiteral("RES-002"),
                       QStringLiteral("This document belongs to a dossier"));
    context.store.deleteItem(spaceId, QStringLiteral("document"), request.param("documentId"));
    return ApiResponse::empty(204);
}

// A single "bytes=a-b" range (also "a-" and "-n"); several ranges get the whole content.
std::optional<std::pair<qint64, qint64>> parseRange(const QByteArray& header, qint64 size,
                                                    bool* satisfiable)
{
    *satisfiable = true;
    static const QRegularExpression single(QStringLiteral(R"(^bytes=(\d*)-(\d*)$)"));
    const QRegularExpressionMatch match = single.match(QString::fromLatin1(header.trimmed()));
    if (!match.hasMatch() || (match.captured(1).isEmpty() && match.captured(2).isEmpty()))
        return std::nullopt;
    qint64 first = 0;
    qint64 last = size - 1;
    if (match.captured(1).isEmpty()) {
        first = qMax<qint64>(0, size - match.captured(2).toLongLong());
    } else {
        first = match.captured(1).toLongLong();
        if (!match.captured(2).isEmpty())
            last = qMin(last, match.captured(2).toLongLong());
    }
    if (first >= size || first > last) {
        *satisfiable = false;
        return std::nullopt;
    }
    return std::pair{first, last};
}

ApiResponse content(PortalContext& context, ApiRequest& request)
{
    if (auto refused = routes::enterSpace(context, request, Role::Member))
        return *refused;
    const QString spaceId = request.param("spaceId");
    const std::optional<QJsonObject> document =
        context.store.item(spaceId, QStringLiteral("document"), request.param("documentId"));
    const std::optional<QByteArray> bytes =
        document ? context.store.content(spaceId, request.param("documentId")) : std::nullopt;
    if (!bytes)
        return routes::notFound(request);
    const QByteArray etag = document->value(QStringLiteral("etag")).toString().toLatin1();
    const QByteArray type = document->value(QStringLiteral("mediaType")).toString().toLatin1();
    const auto whole = [&] {
        return ApiResponse::bytes(200, type, *bytes)
            .withHeader("ETag", etag)
            .withHeader("Accept-Ranges", "bytes")
            .withHeader("Cache-Control", "private");
    };
    const QByteArray range = request.header("range");
    if (range.isEmpty())
        return whole();
    const QByteArray ifRange = request.header("if-range");
    if (!ifRange.isEmpty() && ifRange != etag)
        return whole(); // the client's part is of another version: start again
    bool satisfiable = true;
    const auto span = parseRange(range, bytes->size(), &satisfiable);
    if (!satisfiable)
        return problem(request, 416, QStringLiteral("REQ-006"))
            .withHeader("Content-Range", "bytes */" + QByteArray::number(bytes->size()));
    if (!span)
        return whole();
    return ApiResponse::bytes(206, type, bytes->mid(span->first, span->second - span->first + 1))
        .withHeader("ETag", etag)
        .withHeader("Accept-Ranges", "bytes")
        .withHeader("Cache-Control", "private")
        .withHeader("Content-Range", "bytes " + QByteArray::number(span->first) + '-' +
                                         QByteArray::number(span->second) + '/' +
                                         QByteArray::number(bytes->size()));
}

// Feed cursors: "fc_" + the sequence number in hex; the oldest still valid one is
// fixed per portal run (retention), anything else is REQ-005.
ApiResponse changes(PortalContext& context, ApiRequest& request)
{
    if (auto refused = routes::enterSpace(context, request, Role::Member))
        return *refused;
    int limit = 500;
    if (request.hasQuery("limit")) {
        bool ok = false;
        limit = request.queryValue("limit").toInt(&ok);
        if (!ok || limit < 1 || limit > 1000)
            return problem(request, 400, QStringLiteral("REQ-002"),
                           QStringLiteral("limit must be 1..1000"),
                           {fieldError(QStringLiteral("range"), QStringLiteral("1..1000"),
                                       QStringLiteral("limit"))});
    }
    std::optional<qint64> after;
    if (request.hasQuery("cursor")) {
        const QString cursor = request.queryValue("cursor");
        bool ok = false;
        const qint64 seq = cursor.mid(3).toLongLong(&ok, 16);
        if (!cursor.startsWith(QLatin1String("fc_")) || !ok || seq < 0 ||
            seq > context.store.lastChangeSeq())
            return problem(request, 400, QStringLiteral("REQ-005"));
        if (seq < context.store.feedFloor())
            return problem(request, 410, QStringLiteral("FEED-001"));
        after = seq;
    }
    bool more = false;
    const QList<PortalStore::Change> list =
        context.store.changes(request.param("spaceId"), after, limit, &more);
    QJsonArray array;
    for (const PortalStore::Change& change : list)
        array.append(change.json);
    // Nothing new: the same cursor. A full sync ends at the newest change overall so
    // nothing written meanwhile is skipped.
    qint64 position = after.value_or(0);
    if (!list.isEmpty())
        position = list.last().seq;
    if (!after && !more)
        position = context.store.lastChangeSeq();
    return ApiResponse::json(200,
                             {{QStringLiteral("changes"), array},
                              {QStringLiteral("cursor"),
                               QStringLiteral("fc_%1").arg(position, 16, 16, QLatin1Char('0'))},
                              {QStringLiteral("hasMore"), more}})
        .withHeader("Cache-Control", "no-store");
}

} // namespace

void addDocumentRoutes(PortalContext& context)
{
    PortalContext* c = &context;
    SimHttpServer& http = context.http;
    http.addRoute("GET", QStringLiteral("/spaces/{spaceId}/documents"),
                  [c](ApiRequest& request) { return listDocuments(*c, request); });
    routes::addSpaceMutation(context, "POST", QStringLiteral("/spaces/{spaceId}/documents"),
                             Role::Manager, upload);
    routes::addObjectRoute(context, QStringLiteral("/spaces/{spaceId}/documents/{documentId}"),
                           QStringLiteral("document"), "documentId");
    routes::addSpaceMutation(context, "DELETE",
                             QStringLiteral("/spaces/{spaceId}/documents/{documentId}"),
                             Role::Manager, deleteDocument);
    http.addRoute("GET", QStringLiteral("/spaces/{spaceId}/documents/{documentId}/content"),
                  [c](ApiRequest& request) { return content(*c, request); });
    http.addRoute("GET", QStringLiteral("/spaces/{spaceId}/changes"),
                  [c](ApiRequest& request) { return changes(*c, request); });
}

} // namespace guichet::sim
