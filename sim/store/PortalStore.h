#pragma once

#include "Result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace guichet::sim {

namespace seed {
struct SpaceSeed;
}

// The simulated portal's data in SQLite: the catalogue and forms in three languages,
// personas and their spaces, every object of a space as its API JSON (with the
// columns lists filter on), document contents, authentic-source values, the change
// feed and the idempotency keys. A file (kept between runs) or in memory (tests).
// Used from one thread only (the portal's).
class PortalStore
{
public:
    struct Persona
    {
        QString key;
        QString holderNumber;
        QString givenName;
        QString surname;
        QString description;
    };
    struct Space
    {
        QString id;
        QString personaKey;
        QString role;
        QJsonObject json;
    };
    // Lists of a space: the kind ("document", "dossier", "event", "message", "consent",
    // "correction", "access", "data"), equality filters on indexed columns, paging.
    struct ItemQuery
    {
        QString kind;
        QHash<QString, QString> equals; // column -> value: dossier_id, thread_id, status,
                                        // source, admin_id, procedure_id
        std::optional<bool> unread;
        QString updatedSince; // RFC 3339; compared as text (all UTC with Z)
        QString since;        // on sort_key (access log)
        QString until;
        int offset = 0;
        int limit = 50;
    };
    struct Page
    {
        QList<QJsonObject> items;
        bool more = false;
        int total = -1;
    };
    struct ProcedureQuery
    {
        QString audience;
        QString text; // accent- and case-insensitive search
        QString updatedSince;
        std::optional<bool> online;
        int offset = 0;
        int limit = 50;
    };
    struct Change
    {
        qint64 seq = 0;
        QJsonObject json; // Change
    };
    struct StoredAnswer
    {
        QByteArray fingerprint;
        int status = 0;
        QByteArray contentType;
        QByteArray body;
        QByteArray location;
    };
    struct SeedFigures
    {
        qint64 milliseconds = 0;
        int procedures = 0;
        int forms = 0;
        int personas = 0;
        int items = 0;
    };

    // `path` empty = in memory. Creates the schema; WAL for files.
    [[nodiscard]] static Result<std::unique_ptr<PortalStore>> open(const QString& path);
    ~PortalStore();
    PortalStore(const PortalStore&) = delete;
    PortalStore& operator=(const PortalStore&) = delete;

    [[nodiscard]] bool isSeeded();
    // Fills an empty database with the generated catalogue, the hand-written forms
    // and the personas, as of `now`.
    SeedFigures seed(const QDateTime& now);
    // Adds one space (benchmarks: a big generated space) to a persona.
    void addSpace(const QString& personaKey, const seed::SpaceSeed& space);

    // Catalogue and forms. Texts fall back requested -> fr -> en.
    [[nodiscard]] Page procedures(const ProcedureQuery& query, const QString& language);
    [[nodiscard]] std::optional<QJsonObject> procedure(const QString& id, const QString& language);
    // The latest version when `version` is empty.
    [[nodiscard]] std::optional<QJsonObject> form(const QString& id, const QString& version,
                                                  const QString& language);

    // People and spaces.
    [[nodiscard]] std::optional<Persona> personaByHolder(const QString& holderNumber);
    [[nodiscard]] std::optional<Persona> persona(const QString& key);
    [[nodiscard]] QList<Persona> personas();
    [[nodiscard]] QList<Space> spacesOf(const QString& personaKey);
    [[nodiscard]] std::optional<Space> space(const QString& spaceId);
    void addPersona(const Persona& persona); // a holder met for the first time

    // Objects of a space.
    [[nodiscard]] Page items(const QString& spaceId, const ItemQuery& query);
    [[nodiscard]] std::optional<QJsonObject> item(const QString& spaceId, const QString& kind,
                                                  const QString& id);
    // Inserts or replaces; records a change-feed entry for feed kinds.
    void putItem(const QString& spaceId, const QString& kind, const QJsonObject& json);
    void deleteItem(const QString& spaceId, const QString& kind, const QString& id);

    [[nodiscard]] std::optional<QByteArray> content(const QString& spaceId,
                                                    const QString& documentId);
    void putContent(const QString& spaceId, const QString& documentId, const QByteArray& bytes);
    [[nodiscard]] QJsonObject dataValues(const QString& spaceId, const QString& source);
    [[nodiscard]] qint64 storedBytes(const QString& spaceId);

    // The change feed: everything current (no cursor) or after `afterSeq`.
    [[nodiscard]] QList<Change> changes(const QString& spaceId, std::optional<qint64> afterSeq,
                                        int limit, bool* more);
    [[nodiscard]] qint64 lastChangeSeq();
    // Cursors before this sequence number are past the retention (410 FEED-001).
    [[nodiscard]] qint64 feedFloor() const { return m_feedFloor; }
    void setFeedFloor(qint64 seq) { m_feedFloor = seq; }

    // Tracking events whose time has come: inserted, their dossier advanced.
    int releaseDueEvents(const QDateTime& now);

    // Idempotency-Key answers, per owner (persona key, or "public").
    [[nodiscard]] std::optional<StoredAnswer> storedAnswer(const QString& owner,
                                                           const QString& key);
    void storeAnswer(const QString& owner, const QString& key, const StoredAnswer& answer);

    // Submissions of procedures open without a card.
    void putPublicSubmission(const QString& reference, const QString& trackingCode,
                             const QJsonObject& json);
    [[nodiscard]] std::optional<QJsonObject> publicSubmission(const QString& reference,
                                                              const QString& trackingCode);

    bool begin();
    bool commit();

    [[nodiscard]] static QString searchText(const QString& text);

private:
    explicit PortalStore(QString connectionName);
    [[nodiscard]] bool createSchema();
    void insertSpaceSeed(const QString& personaKey, int position, const seed::SpaceSeed& space,
                         const QDateTime& now);
    [[nodiscard]] QSqlDatabase db() const;

    QString m_connection;
    qint64 m_feedFloor = 0;
};

} // namespace guichet::sim
