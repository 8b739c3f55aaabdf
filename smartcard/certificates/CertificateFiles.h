#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace guichet {

// The certificates of one file: PEM (any number of CERTIFICATE blocks, other blocks
// skipped) or a single DER certificate.
struct CertificateFileContent
{
    QList<QByteArray> certificates; // DER
    QString problem;                // why (part of) the file could not be read; empty if fine
};

[[nodiscard]] CertificateFileContent readCertificateFile(const QString& path);

} // namespace guichet
