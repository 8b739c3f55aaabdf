#include "OpenApiContract.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace guichet::test {

namespace {

using namespace Qt::StringLiterals;

constexpr QLatin1StringView kHttpMethods[] = {"get"_L1,     "put"_L1,  "post"_L1,  "delete"_L1,
                                              "options"_L1, "head"_L1, "patch"_L1, "trace"_L1};

// "application/problem+json; charset=utf-8" -> "application/problem+json"
QString bareMediaType(const QString& contentType)
{
    return contentType.section(u';', 0, 0).trimmed().toLower();
}

bool isJsonMediaType(const QString& mediaType)
{
    return mediaType == u"application/json"_s || mediaType.endsWith(u"+json"_s);
}

bool isPathParameter(const QString& segment)
{
    return segment.size() > 2 && segment.startsWith(u'{') && segment.endsWith(u'}');
}

// Whether one requested segment fits one template segment. A segment that mixes
// text and parameters ("{id}.pdf") becomes a pattern; the contract has none today.
bool segmentMatches(const QString& templateSegment, const QString& requested)
{
    if (isPathParameter(templateSegment))
        return !requested.isEmpty();
    if (!templateSegment.contains(u'{'))
        return templateSegment == requested;
    static const QRegularExpression parameter(u"\\{[^}/]+\\}"_s);
    QString pattern;
    qsizetype copied = 0;
    for (auto it = parameter.globalMatch(templateSegment); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        pattern += QRegularExpression::escape(
                       templateSegment.mid(copied, match.capturedStart() - copied)) +
                   u"[^/]+"_s;
        copied = match.capturedEnd();
    }
    pattern += QRegularExpression::escape(templateSegment.mid(copied));
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern))
        .match(requested)
        .hasMatch();
}

// Orders templates that fit the same path: comparing left to right, a literal
// segment beats a parameter, so "/spaces/mine" wins over "/spaces/{spaceId}".
QString specificity(const QStringList& templateSegments)
{
    QString rank;
    for (const QString& segment : templateSegments)
        rank += segment.contains(u'{') ? u'0' : u'1';
    return rank;
}

} // namespace

OpenApiContract::OpenApiContract(QJsonObject document)
    : m_document(std::move(document)), m_validator(m_document)
{
    static const QRegularExpression serverPath(u"^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*([^?#]*)"_s);
    for (const QJsonValue server : m_document.value("servers"_L1).toArray()) {
        const QString url = server.toObject().value("url"_L1).toString();
        const QRegularExpressionMatch match = serverPath.match(url);
        QString base = match.hasMatch() ? match.captured(1) : url.section(u'?', 0, 0);
        while (base.endsWith(u'/'))
            base.chop(1);
        if (base.startsWith(u'/') && !m_basePaths.contains(base))
            m_basePaths.append(base);
    }
    std::sort(m_basePaths.begin(), m_basePaths.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });

    const QJsonObject paths = m_document.value("paths"_L1).toObject();
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const QJsonObject item = path.value().toObject();
        for (const QLatin1StringView method : kHttpMethods) {
            if (!item.contains(method))
                continue;
            m_operations.push_back(Operation{QString(method).toUpper(), path.key(),
                                             path.key().split(u'/'),
                                             item.value(method).toObject()});
        }
    }
}

std::optional<OpenApiContract> OpenApiContract::load(const QString& jsonPath, QString* error)
{
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"cannot read %1: %2"_s.arg(jsonPath, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(u"%1 is not JSON: %2 at offset %3"_s.arg(jsonPath, parseError.errorString())
                        .arg(parseError.offset));
    QJsonObject root = json.object();
    if (!root.value("openapi"_L1).toString().startsWith(u"3.0."_s))
        return fail(u"%1 is not an OpenAPI 3.0 document"_s.arg(jsonPath));
    if (!root.value("paths"_L1).isObject())
        return fail(u"%1 has no paths"_s.arg(jsonPath));
    return std::optional<OpenApiContract>(OpenApiContract(std::move(root)));
}

OpenApiContract& OpenApiContract::shared()
{
    static OpenApiContract contract = [] {
        QString error;
        std::optional<OpenApiContract> loaded = load(QStringLiteral(GUICHET_OPENAPI_JSON), &error);
        if (!loaded)
            qFatal("OpenAPI contract unavailable: %s", qPrintable(error));
        return std::move(*loaded);
    }();
    return contract;
}

QString OpenApiContract::relativePath(const QString& path) const
{
    QString relative = path;
    if (relative.startsWith(u"http://"_s) || relative.startsWith(u"https://"_s))
        relative = QUrl(relative).path(QUrl::FullyEncoded);
    else
        relative = relative.section(u'?', 0, 0).section(u'#', 0, 0);
    for (const QString& base : m_basePaths) {
        if (relative == base)
            return u"/"_s;
        if (relative.startsWith(base + u'/'))
            return relative.mid(base.size());
    }
    return relative;
}

const OpenApiContract::Operation* OpenApiContract::findOperation(const QString& method,
                                                                 const QString& path,
                                                                 QStringList& problems) const
{
    QStringList requested = relativePath(path).split(u'/');
    for (QString& segment : requested)
        segment = QUrl::fromPercentEncoding(segment.toUtf8());

    // The most specific template that fits wins, whatever the method: the method is
    // then looked up on that template only, as a router would.
    const QString* bestTemplate = nullptr;
    QString bestRank;
    for (const Operation& operation : m_operations) {
        if (operation.segments.size() != requested.size())
            continue;
        bool fits = true;
        for (qsizetype i = 0; fits && i < requested.size(); ++i)
            fits = segmentMatches(operation.segments.at(i), requested.at(i));
        if (!fits)
            continue;
        const QString rank = specificity(operation.segments);
        if (!bestTemplate || rank > bestRank) {
            bestTemplate = &operation.pathTemplate;
            bestRank = rank;
        }
    }
    if (!bestTemplate) {
        problems.append(u"%1 %2: no path of the contract matches"_s.arg(method, path));
        return nullptr;
    }
    const QString upperMethod = method.toUpper();
    QStringList declaredMethods;
    for (const Operation& operation : m_operations) {
        if (operation.pathTemplate != *bestTemplate)
            continue;
        if (operation.method == upperMethod)
            return &operation;
        declaredMethods.append(operation.method);
    }
    problems.append(u"%1 %2: %3 declares no %1 (only %4)"_s.arg(upperMethod, path, *bestTemplate,
                                                                declaredMethods.join(u", "_s)));
    return nullptr;
}

QJsonObject OpenApiContract::resolved(const QJsonValue& value) const
{
    QJsonValue current = value;
    // A few hops cover "response -> $ref -> $ref"; more would be a cycle.
    for (int hop = 0; hop < 8 && current.toObject().contains("$ref"_L1); ++hop)
        current = m_validator.resolveReference(current.toObject().value("$ref"_L1).toString());
    return current.toObject();
}

QStringList OpenApiContract::checkContent(const QString& where, const QJsonObject& content,
                                          const QByteArray& contentType,
                                          const QByteArray& body) const
{
    if (content.isEmpty()) {
        if (!body.isEmpty())
            return {u"%1: no body is declared, got %2 bytes"_s.arg(where).arg(body.size())};
        return {};
    }
    const QString mediaType = bareMediaType(QString::fromLatin1(contentType));
    QJsonObject declared;
    bool found = false;
    for (auto it = content.begin(); it != content.end() && !found; ++it) {
        const QString candidate = bareMediaType(it.key());
        const bool wildcard =
            candidate.endsWith(u"/*"_s) && mediaType.startsWith(candidate.chopped(1));
        if (candidate == mediaType || wildcard || candidate == u"*/*"_s) {
            declared = it.value().toObject();
            found = true;
        }
    }
    if (!found) {
        return {u"%1: media type \"%2\" is not declared (declared: %3)"_s.arg(
            where, mediaType, content.keys().join(u", "_s))};
    }
    if (!isJsonMediaType(mediaType) || !declared.contains("schema"_L1))
        return {}; // PDFs, images, time-stamp replies: the media type is all we check

    // Wrapped in an array because QJsonDocument only parses objects and arrays at
    // the top, and a schema may well describe a bare string or number.
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson('[' + body + ']', &parseError);
    if (parseError.error != QJsonParseError::NoError || json.array().size() != 1) {
        const QString why = parseError.error != QJsonParseError::NoError
                                ? parseError.errorString()
                                : u"not exactly one JSON value"_s;
        return {u"%1: body is not valid JSON (%2)"_s.arg(where, why)};
    }
    QStringList problems = m_validator.validate(declared.value("schema"_L1), json.array().first());
    for (QString& problem : problems)
        problem.prepend(where + u' ' + mediaType + u" body "_s);
    return problems;
}

QStringList OpenApiContract::validateResponse(const QString& method, const QString& path,
                                              int status, const QByteArray& contentType,
                                              const QByteArray& body)
{
    QStringList problems;
    const Operation* operation = findOperation(method, path, problems);
    if (!operation)
        return problems;
    {
        const QMutexLocker lock(m_coverageLock.get());
        m_covered.insert(operation->name());
    }

    const QString where = u"%1 %2 -> %3"_s.arg(operation->method, path).arg(status);
    const QJsonObject responses = operation->definition.value("responses"_L1).toObject();
    const QString exact = QString::number(status);
    const QString range = QString::number(status / 100) + u"XX"_s;
    QJsonValue response(QJsonValue::Undefined);
    for (const QString& key : {exact, range, range.toLower(), u"default"_s}) {
        if (responses.contains(key)) {
            response = responses.value(key);
            break;
        }
    }
    if (response.isUndefined()) {
        problems.append(u"%1: status %2 is not declared for %3 (declared: %4)"_s.arg(
            where, exact, operation->name(), responses.keys().join(u", "_s)));
        return problems;
    }
    // No content, by HTTP's definition, whatever the response object says.
    if (status == 204 || status == 304) {
        if (!body.isEmpty())
            problems.append(u"%1: must have no body, got %2 bytes"_s.arg(where).arg(body.size()));
        return problems;
    }
    return checkContent(where, resolved(response).value("content"_L1).toObject(), contentType,
                        body);
}

QStringList OpenApiContract::validateRequest(const QString& method, const QString& path,
                                             const QByteArray& contentType,
                                             const QByteArray& body) const
{
    QStringList problems;
    const Operation* operation = findOperation(method, path, problems);
    if (!operation)
        return problems;
    const QString where = u"%1 %2 (request)"_s.arg(operation->method, path);
    if (!operation->definition.contains("requestBody"_L1)) {
        if (!body.isEmpty())
            problems.append(u"%1: takes no body, got %2 bytes"_s.arg(where).arg(body.size()));
        return problems;
    }
    const QJsonObject requestBody = resolved(operation->definition.value("requestBody"_L1));
    if (body.isEmpty() && contentType.isEmpty()) {
        if (requestBody.value("required"_L1).toBool())
            problems.append(u"%1: the request body is required"_s.arg(where));
        return problems;
    }
    return checkContent(where, requestBody.value("content"_L1).toObject(), contentType, body);
}

QStringList OpenApiContract::validateSchema(const QString& schemaName,
                                            const QJsonValue& value) const
{
    return m_validator.validateNamed(schemaName, value);
}

QStringList OpenApiContract::operations() const
{
    QStringList names;
    for (const Operation& operation : m_operations)
        names.append(operation.name());
    return names;
}

QStringList OpenApiContract::uncoveredOperations() const
{
    const QMutexLocker lock(m_coverageLock.get());
    QStringList names;
    for (const Operation& operation : m_operations) {
        if (!m_covered.contains(operation.name()))
            names.append(operation.name());
    }
    return names;
}

} // namespace guichet::test
