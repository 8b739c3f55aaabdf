#include "SimHttpServer.h"

#include "Problems.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace guichet::sim {
namespace {

// The answer of a portal that names someone else than the card's holder.
QByteArray withForeignIdentity(const QByteArray& body)
{
    QJsonObject answer = QJsonDocument::fromJson(body).object();
    if (!answer.contains(QStringLiteral("identity")))
        return body;
    answer.insert(QStringLiteral("identity"),
                  QJsonObject{{QStringLiteral("id"), QStringLiteral("id-0000000000000bad")},
                              {QStringLiteral("givenName"), QStringLiteral("Max")},
                              {QStringLiteral("surname"), QStringLiteral("Muster")},
                              {QStringLiteral("nationalNumberMasked"),
                               QStringLiteral("1970\u2022\u2022\u2022\u2022\u2022\u2022001")}});
    return QJsonDocument(answer).toJson(QJsonDocument::Compact);
}

// A feed page that says there is more, forever.
QByteArray withEndlessFeed(const QByteArray& body, bool repeatCursor, const QString& askedCursor)
{
    QJsonObject page = QJsonDocument::fromJson(body).object();
    if (!page.contains(QStringLiteral("changes")))
        return body;
    page.insert(QStringLiteral("hasMore"), true);
    if (repeatCursor) {
        page.insert(QStringLiteral("cursor"),
                    askedCursor.isEmpty() ? QStringLiteral("fc_loop") : askedCursor);
    } else {
        // One position back each time ("fc_" + sequence in hex, as the feed's own): a
        // new cursor every page that the feed still accepts once the fault is cleared.
        const QString current = page.value(QStringLiteral("cursor")).toString();
        const qint64 asked =
            (askedCursor.isEmpty() ? current : askedCursor).mid(3).toLongLong(nullptr, 16);
        page.insert(QStringLiteral("changes"), QJsonArray());
        page.insert(
            QStringLiteral("cursor"),
            QStringLiteral("fc_%1").arg(std::max<qint64>(asked - 1, 0), 16, 16, QLatin1Char('0')));
    }
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 416:
        return "Range Not Satisfiable";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QStringList segmentsOf(QStringView path)
{
    QStringList segments;
    for (const QStringView part : path.split(u'/', Qt::SkipEmptyParts))
        segments.append(part.toString());
    return segments;
}

bool isParameter(const QString& segment)
{
    return segment.startsWith(u'{') && segment.endsWith(u'}');
}

QByteArray serialiseHead(const ApiResponse& response, qsizetype contentLength)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                      reasonPhrase(response.status) + "\r\n";
    for (const auto& [name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    if (!response.contentType.isEmpty())
        head += "Content-Type: " + response.contentType + "\r\n";
    if (response.status != 304 && response.status != 204)
        head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    head += "\r\n";
    return head;
}

// Writes `data` a few bytes at a time; the socket may go away in between (a client
// that gives up), which 6.4 would punish with a crash if we held a responder.
void trickle(QPointer<QTcpSocket> socket, QByteArray data, int bytesPerTick, int milliseconds)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->write(data.left(bytesPerTick));
    if (data.size() <= bytesPerTick)
        return;
    QTimer::singleShot(milliseconds, socket,
                       [socket, rest = data.mid(bytesPerTick), bytesPerTick, milliseconds] {
                           trickle(socket, rest, bytesPerTick, milliseconds);
                       });
}

} // namespace

SimHttpServer::SimHttpServer(QObject* parent) : QAbstractHttpServer(parent) {}

void SimHttpServer::addRoute(const QByteArray& method, const QString& routeTemplate,
                             Handler handler)
{
    m_routes.append({method, routeTemplate, segmentsOf(routeTemplate), std::move(handler)});
}

QString SimHttpServer::negotiateLanguage(const QByteArray& acceptLanguage)
{
    QString best = QStringLiteral("fr");
    double bestQuality = 0.0;
    for (const QByteArray& rawPart : acceptLanguage.split(',')) {
        const QList<QByteArray> pieces = rawPart.trimmed().split(';');
        const QString tag = QString::fromLatin1(pieces.value(0).trimmed()).toLower();
        double quality = 1.0;
        for (qsizetype i = 1; i < pieces.size(); ++i) {
            const QByteArray piece = pieces.at(i).trimmed();
            if (piece.startsWith("q="))
                quality = piece.mid(2).toDouble();
        }
        const QString primary = tag.section(u'-', 0, 0);
        if ((primary == QLatin1String("fr") || primary == QLatin1String("de") ||
             primary == QLatin1String("en")) &&
            quality > bestQuality) {
            best = primary;
            bestQuality = quality;
        }
    }
    return best;
}

bool SimHttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    ApiRequest api;
    api.method = methodName(request.method());
    api.path = request.url().path(QUrl::FullyDecoded);
    api.query = request.query();
    for (const auto& [name, value] : request.headers())
        api.headers.insert(name.toLower(), value);
    api.body = request.body();
    api.language = negotiateLanguage(api.header("accept-language"));
    api.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ApiResponse response = dispatch(api);
    deliver(socket, api, std::move(response));
    return true;
}

void SimHttpServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // Never reached: handleRequest answers everything, unknown paths with 404.
    Q_UNUSED(request);
    Q_UNUSED(socket);
}

ApiResponse SimHttpServer::dispatch(ApiRequest& request)
{
    const bool head = request.method == "HEAD";
    if (!request.path.startsWith(BasePath))
        return problem(request, 404, QStringLiteral("RES-001"));
    const QStringList segments = segmentsOf(QStringView(request.path).mid(BasePath.size()));

    // Literal segments win over parameters ("/documents/{id}" vs a literal sibling).
    const Route* best = nullptr;
    int bestLiterals = -1;
    QByteArrayList allowed;
    for (const Route& route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        int literals = 0;
        bool matches = true;
        for (qsizetype i = 0; i < segments.size() && matches; ++i) {
            if (isParameter(route.segments.at(i)))
                continue;
            matches = route.segments.at(i) == segments.at(i);
            ++literals;
        }
        if (!matches)
            continue;
        const QByteArray wanted = head ? QByteArrayLiteral("GET") : request.method;
        if (route.method != wanted) {
            allowed.append(route.method);
            continue;
        }
        if (literals > bestLiterals) {
            best = &route;
            bestLiterals = literals;
        }
    }
    if (!best) {
        if (allowed.isEmpty())
            return problem(request, 404, QStringLiteral("RES-001"));
        ApiResponse notAllowed = problem(request, 405, QStringLiteral("REQ-002"),
                                         QStringLiteral("Method not allowed on this path"));
        return notAllowed.withHeader("Allow", allowed.join(", "));
    }
    for (qsizetype i = 0; i < segments.size(); ++i)
        if (isParameter(best->segments.at(i)))
            request.params.insert(best->segments.at(i).mid(1, best->segments.at(i).size() - 2),
                                  segments.at(i));
    request.route = best->method + ' ' + best->routeTemplate;
    if (request.body.size() > MaxBodyBytes)
        return problem(request, 413, QStringLiteral("REQ-003"));
    return best->handler(request);
}

void SimHttpServer::deliver(QTcpSocket* socket, const ApiRequest& request, ApiResponse response)
{
    response.withHeader("Request-Id", request.requestId.toLatin1());
    if (response.status < 400 && response.status != 204)
        response.withHeader("Content-Language", request.language.toLatin1());

    // Strong ETag for cacheable JSON answers that have none yet; If-None-Match -> 304.
    if (request.method == "GET" || request.method == "HEAD") {
        if (response.status == 200 && response.contentType == "application/json" &&
            response.header("ETag").isEmpty() && response.header("Cache-Control").isEmpty()) {
            const QByteArray digest =
                QCryptographicHash::hash(response.body, QCryptographicHash::Sha256).toHex();
            response.withHeader("ETag", '"' + digest.left(24) + '"');
        }
        const QByteArray etag = response.header("ETag");
        if (response.status == 200 && !etag.isEmpty()) {
            const QByteArray ifNoneMatch = request.header("if-none-match");
            bool matched = false;
            for (const QByteArray& candidate : ifNoneMatch.split(','))
                matched = matched || candidate.trimmed() == etag || candidate.trimmed() == "*";
            if (matched) {
                ApiResponse notModified = ApiResponse::empty(304);
                notModified.headers = response.headers;
                response = notModified;
            }
        }
    }

    const Fault fault = m_faults.take(request.route);
    if (fault.kind == Fault::Kind::ServerError) {
        const QByteArray requestId = response.header("Request-Id");
        response =
            problem(request, fault.status,
                    fault.status == 503 ? QStringLiteral("SRV-002") : QStringLiteral("SRV-001"),
                    fault.title);
        response.withHeader("Request-Id", requestId);
    }
    if (fault.kind == Fault::Kind::ForeignIdentity)
        response.body = withForeignIdentity(response.body);
    if (fault.kind == Fault::Kind::RepeatingFeed || fault.kind == Fault::Kind::EndlessFeed)
        response.body = withEndlessFeed(response.body, fault.kind == Fault::Kind::RepeatingFeed,
                                        request.query.queryItemValue(QStringLiteral("cursor")));
    QByteArray body = request.method == "HEAD" ? QByteArray() : response.body;
    qsizetype announced = response.body.size();
    if (fault.kind == Fault::Kind::TruncatedJson) {
        body = body.left(body.size() / 2);
        announced = body.size();
    }
    const QByteArray wire = serialiseHead(response, announced) + body;

    const QPointer<QTcpSocket> guarded(socket);
    switch (fault.kind) {
    case Fault::Kind::CloseWithoutAnswer:
        socket->abort();
        return;
    case Fault::Kind::Latency:
        QTimer::singleShot(fault.milliseconds, socket, [guarded, wire] {
            if (guarded && guarded->state() == QAbstractSocket::ConnectedState)
                guarded->write(wire);
        });
        return;
    case Fault::Kind::DropMidBody: {
        const qsizetype cut = wire.size() - qMax<qsizetype>(1, body.size() / 2);
        socket->write(wire.left(cut));
        socket->flush();
        QTimer::singleShot(20, socket, [guarded] {
            if (guarded)
                guarded->abort();
        });
        return;
    }
    case Fault::Kind::SlowTrickle:
        trickle(guarded, wire, qMax(1, fault.bytesPerTick), qMax(1, fault.milliseconds));
        return;
    default:
        socket->write(wire);
        return;
    }
}

} // namespace guichet::sim
