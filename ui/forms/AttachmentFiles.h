#pragma once

#include "FormGateway.h"
#include "Result.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace guichet::forms {
class DraftStore;
}

namespace guichet {

// A file attached to an answer, as the screens describe it.
struct AttachedFile
{
    QString fileName;
    QString mediaType;
    qint64 size = -1;   // unknown when the draft's copy is missing
    QString sha256;     // hex, lower case
    QString documentId; // set when it is a document of the person's space

    [[nodiscard]] bool isSpaceDocument() const { return !documentId.isEmpty(); }
};

// Where the files of a form's attachments live while it is being filled in: a copy
// inside the draft (so moving or deleting the original loses nothing), or a
// document already in the person's space (nothing is copied).
class AttachmentFiles
{
public:
    AttachmentFiles(forms::DraftStore* drafts, QString draftId, forms::FormGateway* gateway);

    // Reads the file at `path` and keeps its bytes in the draft.
    [[nodiscard]] Result<AttachedFile> keep(const QString& path);
    [[nodiscard]] QList<forms::SpaceDocument> spaceDocuments() const;
    // Name, size and type of an answer's AttachmentValue.
    [[nodiscard]] AttachedFile describe(const QJsonObject& value) const;

    [[nodiscard]] static AttachedFile fromSpace(const forms::SpaceDocument& document);
    // The AttachmentValue JSON of the contract.
    [[nodiscard]] static QJsonObject toValue(const AttachedFile& file,
                                             const QString& requirementId);

private:
    forms::DraftStore* m_drafts;
    QString m_draftId;
    forms::FormGateway* m_gateway;
    // Reading a copy back from the draft means reading its bytes: done once per file.
    mutable QHash<QString, AttachedFile> m_known;
};

} // namespace guichet
