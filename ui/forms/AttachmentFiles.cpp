#include "AttachmentFiles.h"

#include "DraftStore.h"
#include "ErrorCodes.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace guichet {

AttachmentFiles::AttachmentFiles(forms::DraftStore* drafts, QString draftId,
                                 forms::FormGateway* gateway)
    : m_drafts(drafts), m_draftId(std::move(draftId)), m_gateway(gateway)
{}

Result<AttachedFile> AttachmentFiles::keep(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QString::fromLatin1(ErrorCode::AttachmentUnreadable), path);
    const QByteArray content = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error(QString::fromLatin1(ErrorCode::AttachmentUnreadable), path);

    AttachedFile attached;
    attached.fileName = QFileInfo(path).fileName();
    attached.mediaType = QMimeDatabase().mimeTypeForFileNameAndData(path, content).name();
    attached.size = content.size();
    attached.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    if (!m_drafts)
        return Error(QString::fromLatin1(ErrorCode::DraftSaveFailed), path);
    const Status kept =
        m_drafts->putFile(m_draftId, forms::DraftFile{attached.sha256, attached.fileName,
                                                      attached.mediaType, content});
    if (!kept)
        return kept.error();
    m_known.insert(attached.sha256, attached);
    return attached;
}

QList<forms::SpaceDocument> AttachmentFiles::spaceDocuments() const
{
    return m_gateway ? m_gateway->spaceDocuments() : QList<forms::SpaceDocument>();
}

AttachedFile AttachmentFiles::fromSpace(const forms::SpaceDocument& document)
{
    return AttachedFile{document.fileName, document.mediaType, document.size, document.sha256,
                        document.id};
}

QJsonObject AttachmentFiles::toValue(const AttachedFile& file, const QString& requirementId)
{
    QJsonObject value{{QStringLiteral("fileName"), file.fileName},
                      {QStringLiteral("sha256"), file.sha256}};
    if (!requirementId.isEmpty())
        value.insert(QStringLiteral("requirementId"), requirementId);
    value.insert(QStringLiteral("documentId"), file.isSpaceDocument()
                                                   ? QJsonValue(file.documentId)
                                                   : QJsonValue(QJsonValue::Null));
    return value;
}

AttachedFile AttachmentFiles::describe(const QJsonObject& value) const
{
    const QString sha256 = value.value(u"sha256").toString();
    const QString documentId = value.value(u"documentId").toString();
    AttachedFile described{value.value(u"fileName").toString(), {}, -1, sha256, documentId};
    if (!documentId.isEmpty()) {
        for (const forms::SpaceDocument& document : spaceDocuments())
            if (document.id == documentId)
                return fromSpace(document);
        return described;
    }
    if (const auto known = m_known.constFind(sha256); known != m_known.cend())
        return *known;
    if (m_drafts && !sha256.isEmpty()) {
        if (const auto copy = m_drafts->file(m_draftId, sha256)) {
            described.mediaType = copy.value().mediaType;
            described.size = copy.value().content.size();
            m_known.insert(sha256, described);
        }
    }
    return described;
}

} // namespace guichet
