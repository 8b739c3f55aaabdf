#pragma once

#include "SchemaValidator.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace guichet::test {

// The portal contract (docs/api/portal.yaml, converted to JSON at build time) as a
// test oracle: it says whether a request or response exchanged in a test is one the
// contract allows, and remembers which operations the tests have exercised.
//
// Every check returns a list of problems; an empty list means "valid". Tests
// typically do QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n'))).
class OpenApiContract
{
public:
    // Reads an OpenAPI 3.0 document in JSON. On failure returns nothing and, when
    // `error` is given, says why.
    static std::optional<OpenApiContract> load(const QString& jsonPath, QString* error);

    // The project's contract (GUICHET_OPENAPI_JSON), loaded on first use. A contract
    // that cannot be read is a broken build, so this stops the test (qFatal).
    static OpenApiContract& shared();

    // Checks one response. `path` is as requested, with or without the server's base
    // path ("/api/v1/spaces/sp-1/documents?cursor=x" or a full URL); the query is
    // ignored. Marks the operation as covered when it is found. Checks the status is
    // declared (exact, then "4XX" ranges, then "default"), the media type is declared,
    // and a JSON body validates against the schema. 204/304 must have no body.
    QStringList validateResponse(const QString& method, const QString& path, int status,
                                 const QByteArray& contentType, const QByteArray& body);

    // Checks a request body against the operation's requestBody (JSON media types
    // are validated; for others only the media type is checked).
    QStringList validateRequest(const QString& method, const QString& path,
                                const QByteArray& contentType, const QByteArray& body) const;

    // Checks any JSON value against components/schemas/<schemaName>.
    QStringList validateSchema(const QString& schemaName, const QJsonValue& value) const;

    // Every operation of the contract, as "GET /spaces/{spaceId}/documents".
    QStringList operations() const;
    // The operations validateResponse() has not seen yet, same form.
    QStringList uncoveredOperations() const;

    // The whole document and its validator, for checks beyond the ones above
    // (the contract's own test validates every example of the file with them).
    const QJsonObject& document() const { return m_document; }
    const SchemaValidator& validator() const { return m_validator; }

private:
    struct Operation
    {
        QString method;       // upper case, "GET"
        QString pathTemplate; // as in the file, "/spaces/{spaceId}/documents"
        QStringList segments; // pathTemplate split on '/'
        QJsonObject definition;

        QString name() const { return method + u' ' + pathTemplate; }
    };

    explicit OpenApiContract(QJsonObject document);

    const Operation* findOperation(const QString& method, const QString& path,
                                   QStringList& problems) const;
    QString relativePath(const QString& path) const;
    QJsonObject resolved(const QJsonValue& value) const;
    QStringList checkContent(const QString& where, const QJsonObject& content,
                             const QByteArray& contentType, const QByteArray& body) const;

    QJsonObject m_document;
    SchemaValidator m_validator;
    QStringList m_basePaths; // path part of each `servers` url, longest first
    std::vector<Operation> m_operations;

    // Tests may validate from a server thread; coverage is the only mutable state.
    std::unique_ptr<QMutex> m_coverageLock = std::make_unique<QMutex>();
    QSet<QString> m_covered;
};

} // namespace guichet::test
