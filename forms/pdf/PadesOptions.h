#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace guichet::forms {

// What goes into a PAdES signature besides the signature itself.
struct PadesOptions
{
    // The claimed signing time, written as the signature dictionary's /M (PAdES
    // forbids the CMS signingTime attribute). Given by the caller so tests are
    // deterministic; an invalid QDateTime means now.
    QDateTime signingTime;
    // /Name and /Reason of the signature dictionary (empty: left out). /Reason is
    // shown to whoever opens the PDF, so the caller passes it translated.
    QString signerName;
    QString reason;
    // Certificates (DER) to carry in the CMS after the signer's: the issuing CA, so a
    // verifier can build the chain to its trusted root.
    QList<QByteArray> chainCertificates;
    // Bytes reserved for the CMS in /Contents (written as twice as many hex digits).
    // 16 KiB fits a card certificate with its chain; a time-stamp needs more.
    int reservedSignatureBytes = 16 * 1024;
};

} // namespace guichet::forms
