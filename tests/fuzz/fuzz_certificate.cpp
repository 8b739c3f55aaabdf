// Feeds: the bytes as one DER certificate to parseCertificate (names, identifiers,
// validity, key usages, qualified statements, key algorithm, fingerprint, serial),
// then what it read to the usability checks. Why: certificates come from cards, tokens
// and PKCS#11 modules, from signed PDFs and from the portal; OpenSSL decodes the DER,
// our code turns every part of it into text and decisions.
#include "CertificateParser.h"
#include "CertificateValidity.h"
#include "FuzzSupport.h"

using namespace guichet;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::quietQtMessages();
    const QByteArray der = fuzz::bytes(data, size);
    const Result<CertificateInfo> info = parseCertificate(der);
    if (!info)
        return 0;
    const CertificateInfo& certificate = info.value();
    fuzz::check(certificate.der == der, "the certificate keeps its DER");
    fuzz::check(certificate.sha256Fingerprint.size() == 32, "the fingerprint is SHA-256");
    fuzz::check(certificate.notBefore.isValid() && certificate.notAfter.isValid(),
                "an accepted certificate has its validity dates");
    fuzz::check(certificate.qcStatements.wellFormed ||
                    (certificate.qcStatements.statementIds.isEmpty() &&
                     !certificate.qcStatements.compliance && !certificate.qcStatements.sscd),
                "qualified statements that cannot be read claim nothing");
    fuzz::check(certificate.nationalNumber.isEmpty() || certificate.nationalNumber.size() == 13,
                "a national number has 13 digits");
    const QDateTime now(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
    (void)validityAt(certificate, now);
    (void)checkUsableFor(certificate, CertificateRole::Signature, now);
    (void)roleName(certificate.role);
    return 0;
}
