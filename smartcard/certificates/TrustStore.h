#pragma once

#include "Error.h"
#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace guichet {

// The certificates the application trusts as roots, and chain checks against them.
class TrustStore
{
public:
    TrustStore();
    ~TrustStore();
    TrustStore(TrustStore&&) noexcept;
    TrustStore& operator=(TrustStore&&) noexcept;

    // Every certificate of every file in the folder (PEM, several per file, or DER).
    // Files without a readable certificate are listed in loadProblems(); the others
    // still load.
    [[nodiscard]] static TrustStore fromFolder(const QString& folder);

    // One more trusted certificate (DER); CertificateUnreadable if it is not one.
    [[nodiscard]] Status addCertificate(const QByteArray& der);

    [[nodiscard]] int size() const;
    [[nodiscard]] const QList<Error>& loadProblems() const;

    // Builds a chain from the leaf through the given intermediates to a trusted root,
    // with every date checked at `at` (the signing time, or now). Fails with
    // CertificateUnreadable (a certificate cannot be read), CertificateExpired,
    // CertificateNotYetValid, or CertificateUntrusted for any other reason (detail:
    // OpenSSL's verify error and the depth in the chain, 0 = leaf).
    [[nodiscard]] Status verify(const QByteArray& leafDer,
                                const QList<QByteArray>& intermediatesDer,
                                const QDateTime& at) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace guichet
