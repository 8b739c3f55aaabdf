#include "SubmissionParts.h"

#include <QCryptographicHash>

namespace guichet::forms {
namespace {

Result<QString> keep(store::DocumentVault& vault, const QString& prefix, const QString& role,
                     const QByteArray& content)
{
    const QString id =
        QStringLiteral("%1-%2-").arg(prefix, role) +
        QString::fromLatin1(
            QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex().left(20));
    const Result<qint64> written = vault.write(id, content);
    if (!written)
        return written.error();
    return id;
}

} // namespace

Result<QJsonArray> packSubmissionParts(const SubmissionPackage& package, const QString& pdfPart,
                                       const QString& prefix, store::DocumentVault& vault,
                                       QList<store::OutboxAttachment>& attachments)
{
    QJsonArray partNames{QStringLiteral("submission"), pdfPart};
    const Result<QString> manifest =
        keep(vault, prefix, QStringLiteral("manifest"), package.manifest);
    if (!manifest)
        return manifest.error();
    const Result<QString> pdf = keep(vault, prefix, pdfPart, package.signedPdf);
    if (!pdf)
        return pdf.error();
    attachments.append(
        {manifest.value(), QStringLiteral("submission.json"), QStringLiteral("application/json")});
    attachments.append(
        {pdf.value(), QStringLiteral("summary.pdf"), QStringLiteral("application/pdf")});
    for (const SubmissionFile& file : package.files) {
        if (!file.documentId.isEmpty())
            continue;
        const Result<QString> kept =
            keep(vault, prefix, QStringLiteral("attachment"), file.content);
        if (!kept)
            return kept.error();
        attachments.append({kept.value(), file.fileName, file.mediaType});
        partNames.append(QStringLiteral("attachments"));
    }
    return partNames;
}

} // namespace guichet::forms
