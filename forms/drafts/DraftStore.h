#pragma once

#include "FieldCipher.h"
#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

class QSqlQuery;

#include <memory>

// Drafts of forms, in a SQLite file in the person's own folder (one per identity,
// like the rest of the local copy). Every save is committed with synchronous=FULL
// before it returns, so when the screen says "saved" the answers survive a power
// cut. Files the person attached are kept inside the draft too, so moving or
// deleting the original does not lose them.
//
// Everything the person wrote or attached is sealed with the identity's FieldCipher
// (the draft's title, its answers, each file's name and content; place: the draft id,
// and the file's digest for a file); the ids, dates and form references that lists
// sort on are not. A drafts file of version 1 (plaintext) is sealed in place on open.
namespace guichet::forms {

struct DraftSummary
{
    QString id;
    QString spaceId;
    QString formId;
    QString formVersion;
    QString procedureId;
    QString title; // the form's title in the language it was started in
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct DraftFile
{
    QString sha256; // hex, lower case: the file's key within the draft
    QString fileName;
    QString mediaType;
    QByteArray content;
};

class DraftStore
{
public:
    ~DraftStore();
    DraftStore(const DraftStore&) = delete;
    DraftStore& operator=(const DraftStore&) = delete;

    // Opens (creating it when absent) the drafts database at `path`. A file that is
    // not a drafts database is refused and left untouched (FORM-007); without a
    // cipher nothing is opened (STORE-005).
    [[nodiscard]] static Result<std::unique_ptr<DraftStore>>
    open(const QString& path, std::shared_ptr<const FieldCipher> cipher);

    // A new, empty draft; returns its id.
    [[nodiscard]] Result<QString> create(const DraftSummary& summary);
    // Replaces the draft's content (FormModel::toDraftJson()); committed on return.
    [[nodiscard]] Status save(const QString& draftId, const QJsonObject& content,
                              const QDateTime& now);
    [[nodiscard]] Result<QJsonObject> load(const QString& draftId) const;
    [[nodiscard]] Result<DraftSummary> summary(const QString& draftId) const;
    // The drafts of one space, most recently changed first.
    [[nodiscard]] Result<QList<DraftSummary>> list(const QString& spaceId) const;
    // Removes the draft and its files.
    [[nodiscard]] Status discard(const QString& draftId);

    [[nodiscard]] Status putFile(const QString& draftId, const DraftFile& file);
    [[nodiscard]] Result<DraftFile> file(const QString& draftId, const QString& sha256) const;
    [[nodiscard]] Status removeFile(const QString& draftId, const QString& sha256);

private:
    DraftStore(QString connectionName, std::shared_ptr<const FieldCipher> cipher);
    [[nodiscard]] Status createSchema();
    [[nodiscard]] Status sealVersion1();
    [[nodiscard]] Result<QByteArray> seal(QByteArrayView plaintext, const char* column,
                                          const QString& key) const;
    [[nodiscard]] Result<QByteArray> unseal(const QVariant& sealed, const char* column,
                                            const QString& key) const;
    [[nodiscard]] Result<DraftSummary> summaryFrom(const QSqlQuery& query) const;

    QString m_connection;
    std::shared_ptr<const FieldCipher> m_cipher;
};

} // namespace guichet::forms
